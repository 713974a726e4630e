import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSettingsService, SETTINGS_FILE_NAME } from './settings';

let dataDir: string;

beforeEach(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'traindesk-settings-'));
});

afterEach(async () => {
  await fs.rm(dataDir, { recursive: true, force: true });
});

const settingsFile = () => path.join(dataDir, SETTINGS_FILE_NAME);

describe('settings', () => {
  it('follow the OS language until the user picks one', async () => {
    expect(await createSettingsService(dataDir).get()).toEqual({ language: null });
  });

  it('keep the chosen language across restarts', async () => {
    await createSettingsService(dataDir).update({ language: 'zh-CN' });
    expect(await createSettingsService(dataDir).get()).toEqual({ language: 'zh-CN' });
    expect(JSON.parse(await fs.readFile(settingsFile(), 'utf8'))).toEqual({ language: 'zh-CN' });
  });

  it('fall back to defaults when the file is damaged, and repair it on the next change', async () => {
    await fs.writeFile(settingsFile(), '{"language": "zh-');
    const settings = createSettingsService(dataDir);
    expect(await settings.get()).toEqual({ language: null });
    await settings.update({ language: 'en' });
    expect(await settings.get()).toEqual({ language: 'en' });
  });

  it('ignore a language the app does not have', async () => {
    await fs.writeFile(settingsFile(), '{"language":"fr"}');
    expect(await createSettingsService(dataDir).get()).toEqual({ language: null });
  });

  it('treat an undefined field as unchanged', async () => {
    const settings = createSettingsService(dataDir);
    await settings.update({ language: 'en' });
    expect(await settings.update({ language: undefined })).toEqual({ language: 'en' });
  });

  it('apply quick successive changes in order', async () => {
    const settings = createSettingsService(dataDir);
    await Promise.all([settings.update({ language: 'en' }), settings.update({ language: 'zh-CN' })]);
    expect(await settings.get()).toEqual({ language: 'zh-CN' });
  });

  it('refuse to save an invalid value', async () => {
    const settings = createSettingsService(dataDir);
    // @ts-expect-error a value outside the schema, as a buggy caller could send
    await expect(settings.update({ language: 'fr' })).rejects.toThrow();
    await expect(fs.access(settingsFile())).rejects.toThrow();
  });
});
