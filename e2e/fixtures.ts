import { test as base, type Page, type TestInfo } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SCREENSHOT_DIR = path.join(root, 'test-results', 'screenshots');

export interface RunningApp {
  url: string;
  dataDir: string;
  /** Opens the app in the page the way a user opens the printed URL. */
  open(page: Page): Promise<void>;
}

/** The test's own environment with the operating-system language replaced by the one a test asks for. */
function osEnvironment(overrides: Record<string, string>): NodeJS.ProcessEnv {
  const { LC_ALL: _all, LC_MESSAGES: _messages, ...rest } = process.env;
  return { ...rest, LANG: 'en_US.UTF-8', ...overrides };
}

/** Automatic backups would start in the middle of a story; the backup specs make their own. */
const STORY_SETTINGS = { backup: { schedule: 'off' } };

/** Starts browser mode (the built renderer and the real services) on a fresh temp data folder. */
export async function startApp(
  env: Record<string, string> = {},
  settings: object = STORY_SETTINGS,
): Promise<RunningApp & { stop(): Promise<void> }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'traindesk-e2e-'));
  fs.writeFileSync(path.join(dataDir, 'settings.json'), JSON.stringify(settings));
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(root, 'dist/electron/bridge.cjs'), '--port', '0', '--data-dir', dataDir],
    { env: osEnvironment(env), stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`bridge did not start: ${err}`)), 15_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`bridge exited with ${code}: ${err}`)));
  });
  return {
    url,
    dataDir,
    async open(page) {
      await page.goto(url);
      await page.getByRole('navigation').waitFor();
    },
    async stop() {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string, testInfo: TestInfo) {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  await testInfo.attach(name, { path: file, contentType: 'image/png' });
}

export const test = base.extend<{ app: RunningApp; osLanguage: string; initialSettings: object }>({
  osLanguage: ['en_US.UTF-8', { option: true }],
  /** settings.json as the app finds it at start; `{}` is a fresh install's defaults. */
  initialSettings: [STORY_SETTINGS, { option: true }],
  /**
   * Print routes opened in a tab call the browser's print dialog themselves (browser mode); headless
   * Chromium then refuses to make a PDF of that page ("already being printed"). Every story stands in
   * for the user who closes the dialog: print() does nothing, and the test makes the PDF itself.
   */
  context: async ({ context }, use) => {
    await context.addInitScript(() => {
      window.print = () => undefined;
    });
    await use(context);
  },
  app: async ({ osLanguage, initialSettings }, use) => {
    const app = await startApp({ LANG: osLanguage }, initialSettings);
    await use(app);
    await app.stop();
  },
});

export { expect } from '@playwright/test';
