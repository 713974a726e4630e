import fs from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, expect, test } from '@playwright/test';
import type { TrainDeskBridge } from '../shared/contract';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

const SKIP_REASON =
  'Electron binary not installed here (it downloads from GitHub on first launch); browser-mode specs cover the app';

/**
 * Where the Electron package put its binary, or null when it was never downloaded. Read from
 * path.txt rather than `require('electron')`, which would start a download.
 */
function installedElectronBinary(): string | null {
  const electronDir = path.join(repoRoot, 'node_modules', 'electron');
  const pathFile = path.join(electronDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const binary = path.join(electronDir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(binary) ? binary : null;
}

const electronBinary = installedElectronBinary();
if (electronBinary === null) console.log(SKIP_REASON);

test.describe('the desktop app', () => {
  test.skip(electronBinary === null, SKIP_REASON);

  test('opens one window with the app, which reaches the main process only through window.traindesk', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'traindesk-e2e-electron-'));
    const app = await _electron.launch({
      executablePath: electronBinary ?? undefined,
      // Chromium refuses to run as root with its OS sandbox (CI containers); the page-level
      // isolation this spec checks (contextIsolation, sandboxed preload) does not depend on it.
      args: process.getuid?.() === 0 ? ['.', '--no-sandbox'] : ['.'],
      cwd: repoRoot,
      env: { ...process.env, TRAINDESK_DATA_DIR: dataDir },
    });
    try {
      const window = await app.firstWindow();
      await expect(window).toHaveTitle('TrainDesk');
      await expect(window.getByRole('navigation').first()).toBeVisible();
      expect(window.url()).toMatch(/^app:\/\/traindesk\//);

      const globals = await window.evaluate(() => ({
        bridge: typeof (window as { traindesk?: unknown }).traindesk,
        require: typeof (window as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
      }));
      expect(globals).toEqual({ bridge: 'object', require: 'undefined', process: 'undefined' });

      // A round trip through preload, IPC and the settings service lands in the temp data folder.
      const saved = await window.evaluate(() =>
        (window as unknown as { traindesk: TrainDeskBridge }).traindesk.updateSettings({ language: 'en' }),
      );
      expect(saved).toEqual({ ok: true, data: { language: 'en' } });
      expect(JSON.parse(await readFile(path.join(dataDir, 'settings.json'), 'utf8'))).toEqual({
        language: 'en',
      });
    } finally {
      await app.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
