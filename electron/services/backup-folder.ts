import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { ERROR_CODES, type Settings } from '../../shared/contract';
import { isPlainFileName } from './file-names';
import { ServiceError } from './service-error';

export const DEFAULT_BACKUP_FOLDER_NAME = 'backups';

function unusable(folder: string, reason: string): ServiceError {
  return new ServiceError(
    ERROR_CODES.backupFolderUnusable,
    `Backups cannot be written to ${JSON.stringify(folder)}: ${reason}`,
  );
}

/**
 * Checks that backups can really be written to a folder, by creating it if needed and writing
 * and removing a probe file: a read-only share or an unplugged drive would otherwise be noticed
 * only when the first backup fails. Answers the folder, normalised.
 */
export async function assertUsableBackupFolder(folder: string): Promise<string> {
  // A relative folder would depend on where the app was started from.
  if (folder.trim() === '' || !path.isAbsolute(folder) || folder.includes('\u0000')) {
    throw unusable(folder, 'not an absolute path');
  }
  const normalised = path.normalize(folder);
  const probe = path.join(normalised, `.traindesk-probe-${randomBytes(6).toString('hex')}`);
  try {
    await fs.mkdir(normalised, { recursive: true });
    await fs.writeFile(probe, 'TrainDesk checks that it can write backups here.\n', { flag: 'wx' });
  } catch {
    throw unusable(folder, 'it cannot be created or written');
  } finally {
    await fs.rm(probe, { force: true }).catch(() => undefined);
  }
  return normalised;
}

export function backupFolderOf(dataDir: string, settings: Settings): string {
  return settings.backup.folder ?? path.join(dataDir, DEFAULT_BACKUP_FOLDER_NAME);
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** `TrainDesk-backup-YYYYMMDD-HHmmss-<kind>.zip`, in local time: the name the user sees in the folder. */
export function backupFileName(createdAt: number, kind: string): string {
  const d = new Date(createdAt);
  const date = `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}`;
  const time = `${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`;
  return `TrainDesk-backup-${date}-${time}-${kind}.zip`;
}

/**
 * Whether a name the renderer sent may name a backup in the folder: a plain `.zip` name that is
 * not hidden (temp files and probes start with a dot).
 */
export function isBackupFileName(name: string): boolean {
  return isPlainFileName(name) && !name.startsWith('.') && name.toLowerCase().endsWith('.zip');
}

/** The path of a backup the renderer names by file name, or `notFound`. */
export async function listedBackupPath(folder: string, fileName: string): Promise<string> {
  const notFound = new ServiceError(ERROR_CODES.notFound, 'There is no such backup in the backup folder');
  if (!isBackupFileName(fileName)) throw notFound;
  const filePath = path.join(folder, fileName);
  const stat = await fs.stat(filePath).catch(() => null);
  if (stat === null || !stat.isFile()) throw notFound;
  return filePath;
}
