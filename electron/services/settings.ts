import path from 'node:path';
import {
  settingsSchema,
  type BackupSummary,
  type Settings,
  type SettingsChanges,
} from '../../shared/contract';
import { readJson, writeFileAtomic } from './atomic-file';
import { assertUsableBackupFolder } from './backup-folder';

export const SETTINGS_FILE_NAME = 'settings.json';

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

export type SettingsService = {
  get(): Promise<Settings>;
  /** The user's changes; `backup` is merged field by field. A new backup folder must be usable. */
  update(changes: SettingsChanges): Promise<Settings>;
  /** Set by the backup service only: the user cannot claim a backup that was never made. */
  recordBackup(summary: BackupSummary): Promise<Settings>;
};

/** A key sent as `undefined` means "not changed", not "clear it". */
function definedOnly<T extends object>(changes: T): Partial<T> {
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as Partial<T>;
}

export function createSettingsService(dataDir: string): SettingsService {
  const filePath = path.join(dataDir, SETTINGS_FILE_NAME);
  // Updates are read-modify-write; running them one after another keeps two quick changes from
  // overwriting each other.
  let lastUpdate: Promise<unknown> = Promise.resolve();

  async function get(): Promise<Settings> {
    // A damaged file must not keep the app from starting: it falls back to defaults, and the next
    // change writes a good file over it.
    return (await readJson(filePath, settingsSchema)) ?? structuredClone(DEFAULT_SETTINGS);
  }

  function serially(change: (current: Settings) => Promise<Settings>): Promise<Settings> {
    const result = lastUpdate.then(async () => {
      const next = settingsSchema.parse(await change(await get()));
      await writeFileAtomic(filePath, `${JSON.stringify(next, null, 2)}\n`);
      return next;
    });
    lastUpdate = result.catch(() => undefined);
    return result;
  }

  function update(changes: SettingsChanges): Promise<Settings> {
    const { backup, ...rest } = definedOnly(changes);
    const backupChanges = backup === undefined ? {} : definedOnly(backup);
    return serially(async (current) => {
      if (typeof backupChanges.folder === 'string' && backupChanges.folder !== current.backup.folder) {
        backupChanges.folder = await assertUsableBackupFolder(backupChanges.folder);
      }
      return { ...current, ...rest, backup: { ...current.backup, ...backupChanges } };
    });
  }

  return {
    get,
    update,
    recordBackup: (summary) => serially(async (current) => ({ ...current, lastBackup: summary })),
  };
}
