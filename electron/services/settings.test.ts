import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ERROR_CODES, type BackupSummary } from '../../shared/contract';
import { createSettingsService, DEFAULT_SETTINGS, SETTINGS_FILE_NAME } from './settings';

let dataDir: string;

beforeEach(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'traindesk-settings-'));
});

afterEach(async () => {
  await fs.rm(dataDir, { recursive: true, force: true });
});

const settingsFile = () => path.join(dataDir, SETTINGS_FILE_NAME);

const summary: BackupSummary = {
  fileName: 'TrainDesk-backup-20240506-070809-manual.zip',
  createdAt: 1_714_979_289_000,
  size: 1234,
  verified: true,
  kind: 'manual',
  appVersion: '1.2.3',
  schemaVersion: 3,
  counts: { people: 2 },
};

describe('settings', () => {
  it('start from defaults: OS language, 500 MB attachments, daily backups into the data folder', async () => {
    expect(await createSettingsService(dataDir).get()).toEqual({
      language: null,
      attachmentMaxMb: 500,
      backup: { folder: null, schedule: 'daily', keepDaily: 7, keepWeekly: 4 },
      lastBackup: null,
    });
    expect(DEFAULT_SETTINGS.backup.schedule).toBe('daily');
  });

  it('read a file written by an older version, keeping what the user chose', async () => {
    await fs.writeFile(settingsFile(), '{"language":"zh-CN"}');
    expect(await createSettingsService(dataDir).get()).toEqual({ ...DEFAULT_SETTINGS, language: 'zh-CN' });
  });

  it('keep the chosen language across restarts', async () => {
    await createSettingsService(dataDir).update({ language: 'zh-CN' });
    expect(await createSettingsService(dataDir).get()).toMatchObject({ language: 'zh-CN' });
    expect(JSON.parse(await fs.readFile(settingsFile(), 'utf8'))).toEqual({
      ...DEFAULT_SETTINGS,
      language: 'zh-CN',
    });
  });

  it('fall back to defaults when the file is damaged, and repair it on the next change', async () => {
    await fs.writeFile(settingsFile(), '{"language": "zh-');
    const settings = createSettingsService(dataDir);
    expect(await settings.get()).toEqual(DEFAULT_SETTINGS);
    await settings.update({ language: 'en' });
    expect(await settings.get()).toMatchObject({ language: 'en' });
  });

  it('ignore a language the app does not have', async () => {
    await fs.writeFile(settingsFile(), '{"language":"fr"}');
    expect(await createSettingsService(dataDir).get()).toEqual(DEFAULT_SETTINGS);
  });

  it('treat an undefined field as unchanged', async () => {
    const settings = createSettingsService(dataDir);
    await settings.update({ language: 'en' });
    expect(await settings.update({ language: undefined, backup: { keepDaily: undefined } })).toMatchObject({
      language: 'en',
      backup: { keepDaily: 7 },
    });
  });

  it('merge backup changes field by field', async () => {
    const settings = createSettingsService(dataDir);
    await settings.update({ backup: { schedule: 'weekly' } });
    expect((await settings.update({ backup: { keepDaily: 3 } })).backup).toEqual({
      folder: null,
      schedule: 'weekly',
      keepDaily: 3,
      keepWeekly: 4,
    });
  });

  it('accept a backup folder that can be created and written, and go back to the default with null', async () => {
    const settings = createSettingsService(dataDir);
    const folder = path.join(dataDir, 'usb', 'backups');
    expect((await settings.update({ backup: { folder } })).backup.folder).toBe(folder);
    expect(await fs.readdir(folder)).toEqual([]);
    expect((await settings.update({ backup: { folder: null } })).backup.folder).toBeNull();
  });

  it.each([
    ['a relative path', 'backups'],
    ['an empty path', ''],
    ['a folder under a file', 'FILE/backups'],
  ])('refuse %s as the backup folder, and keep the old one', async (_case, given) => {
    await fs.writeFile(path.join(dataDir, 'FILE'), 'a file, not a folder');
    const folder = given.startsWith('FILE') ? path.join(dataDir, given) : given;
    const settings = createSettingsService(dataDir);
    await expect(settings.update({ backup: { folder } })).rejects.toMatchObject({
      code: ERROR_CODES.backupFolderUnusable,
    });
    expect((await settings.get()).backup.folder).toBeNull();
  });

  it.skipIf(process.platform === 'win32' || process.getuid?.() === 0)(
    'refuse a folder that cannot be written',
    async () => {
      const readOnly = path.join(dataDir, 'read-only');
      await fs.mkdir(readOnly, { mode: 0o555 });
      await expect(
        createSettingsService(dataDir).update({ backup: { folder: readOnly } }),
      ).rejects.toMatchObject({
        code: ERROR_CODES.backupFolderUnusable,
      });
    },
  );

  it('record the last backup for the backup service only', async () => {
    const settings = createSettingsService(dataDir);
    await settings.update({ language: 'en' });
    expect(await settings.recordBackup(summary)).toMatchObject({ language: 'en', lastBackup: summary });
    expect(await createSettingsService(dataDir).get()).toMatchObject({ lastBackup: summary });
  });

  it('apply quick successive changes in order', async () => {
    const settings = createSettingsService(dataDir);
    await Promise.all([
      settings.update({ language: 'en' }),
      settings.recordBackup(summary),
      settings.update({ language: 'zh-CN' }),
    ]);
    expect(await settings.get()).toMatchObject({ language: 'zh-CN', lastBackup: summary });
  });

  it('refuse to save an invalid value', async () => {
    const settings = createSettingsService(dataDir);
    // @ts-expect-error a value outside the schema, as a buggy caller could send
    await expect(settings.update({ language: 'fr' })).rejects.toThrow();
    await expect(fs.access(settingsFile())).rejects.toThrow();
  });
});
