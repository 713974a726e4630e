import path from 'node:path';
import { settingsSchema, type Settings } from '../../shared/contract';
import { readJson, writeFileAtomic } from './atomic-file';

export const SETTINGS_FILE_NAME = 'settings.json';

export const DEFAULT_SETTINGS: Settings = { language: null };

export type SettingsService = {
  get(): Promise<Settings>;
  update(changes: Partial<Settings>): Promise<Settings>;
};

export function createSettingsService(dataDir: string): SettingsService {
  const filePath = path.join(dataDir, SETTINGS_FILE_NAME);
  // Updates are read-modify-write; running them one after another keeps two quick changes from
  // overwriting each other.
  let lastUpdate: Promise<unknown> = Promise.resolve();

  async function get(): Promise<Settings> {
    // A damaged file must not keep the app from starting: it falls back to defaults, and the next
    // change writes a good file over it.
    return (await readJson(filePath, settingsSchema)) ?? { ...DEFAULT_SETTINGS };
  }

  async function applyUpdate(changes: Partial<Settings>): Promise<Settings> {
    // A key sent as `undefined` means "not changed", not "clear it".
    const given = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
    const next = settingsSchema.parse({ ...(await get()), ...given });
    await writeFileAtomic(filePath, `${JSON.stringify(next, null, 2)}\n`);
    return next;
  }

  function update(changes: Partial<Settings>): Promise<Settings> {
    const result = lastUpdate.then(() => applyUpdate(changes));
    lastUpdate = result.catch(() => undefined);
    return result;
  }

  return { get, update };
}
