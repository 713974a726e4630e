import fs from 'node:fs/promises';
import path from 'node:path';
import { renameWithRetry, syncFile, syncFolder, tempPathBeside } from './atomic-file';
import { assertPlainFileName } from './file-names';
import { isHandle, newHandle } from './handles';
import type { Deliver, NativeShell } from './ports';
import { ONE_DAY_MS, removeStaleEntries } from './stale-files';

/** A file the browser may fetch once from the bridge's `/downloads/<id>`. */
export type PreparedDownload = { path: string; fileName: string; size: number };

export type Downloads = {
  /** Browser mode's Deliver: the file waits under `<dataDir>/tmp/downloads/<id>/<fileName>`. */
  deliver: Deliver;
  find(downloadId: string): Promise<PreparedDownload | null>;
  removeStale(now: number): Promise<void>;
};

/**
 * Writes through a temp file beside the target, flushed and renamed, so a failed or interrupted
 * write never leaves a half file under the name the user chose.
 */
async function writeThenRename(target: string, write: (path: string) => Promise<void>): Promise<void> {
  const tempPath = tempPathBeside(target);
  try {
    await write(tempPath);
    await syncFile(tempPath);
    await renameWithRetry(tempPath, target);
  } catch (error) {
    await fs.rm(tempPath, { force: true });
    throw error;
  }
  await syncFolder(path.dirname(target));
}

/** The desktop app's Deliver: a save dialog, then an atomic write where the user pointed. */
export function deliverWithSaveDialog(shell: NativeShell): Deliver {
  return async (fileName, write) => {
    const target = await shell.pickSavePath(assertPlainFileName(fileName));
    if (target === null) return { kind: 'cancelled' };
    await writeThenRename(target, write);
    return { kind: 'saved', fileName: path.basename(target) };
  };
}

export function createDownloads(dataDir: string): Downloads {
  const folder = path.join(dataDir, 'tmp', 'downloads');

  const deliver: Deliver = async (fileName, write) => {
    assertPlainFileName(fileName);
    const downloadId = newHandle();
    // The id's folder appears only once the file is whole, so `find` never serves a partial file.
    const staging = path.join(folder, `${downloadId}.partial`);
    await fs.mkdir(staging, { recursive: true });
    try {
      await write(path.join(staging, fileName));
      await fs.rename(staging, path.join(folder, downloadId));
    } catch (error) {
      await fs.rm(staging, { recursive: true, force: true });
      throw error;
    }
    return { kind: 'download', downloadId, fileName };
  };

  async function find(downloadId: string): Promise<PreparedDownload | null> {
    if (!isHandle(downloadId)) return null;
    const idFolder = path.join(folder, downloadId);
    try {
      const [fileName, ...others] = await fs.readdir(idFolder);
      if (fileName === undefined || others.length > 0) return null;
      const filePath = path.join(idFolder, fileName);
      const stat = await fs.stat(filePath);
      return stat.isFile() ? { path: filePath, fileName, size: stat.size } : null;
    } catch {
      return null;
    }
  }

  return { deliver, find, removeStale: (now) => removeStaleEntries(folder, ONE_DAY_MS, now) };
}

/** The Deliver the services use: a save dialog where there is a desktop shell, a download otherwise. */
export function chooseDeliver(shell: NativeShell | null, downloads: Downloads): Deliver {
  return shell === null ? downloads.deliver : deliverWithSaveDialog(shell);
}
