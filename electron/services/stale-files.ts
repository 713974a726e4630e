import fs from 'node:fs/promises';
import path from 'node:path';

export const ONE_DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Removes the entries of `folder` last changed before `now - maxAgeMs`: temp files a crash or a
 * closed window left behind. A missing folder has nothing to remove; one entry that cannot be
 * removed (still open in another app on Windows) does not stop the others.
 */
export async function removeStaleEntries(
  folder: string,
  maxAgeMs: number,
  now: number,
  isCandidate: (name: string) => boolean = () => true,
): Promise<void> {
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch {
    return;
  }
  await Promise.all(
    names.filter(isCandidate).map(async (name) => {
      const entry = path.join(folder, name);
      try {
        const stat = await fs.lstat(entry);
        if (stat.mtimeMs < now - maxAgeMs) await fs.rm(entry, { recursive: true, force: true });
      } catch {
        // Gone already, or busy: the next start tries again.
      }
    }),
  );
}
