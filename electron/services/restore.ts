import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { ERROR_CODES } from '../../shared/contract';
import type { AttachmentStore, Incoming } from './attachment-store';
import {
  assertSchemaNotNewer,
  checkStructure,
  corrupt,
  openBackupArchive,
  readingBackup,
  verifyBackup,
  type OpenedBackup,
} from './backup-archive-reader';
import { backupFileName, backupFolderOf, listedBackupPath } from './backup-folder';
import { DATABASE_PATH, summaryFromManifest, type ManifestPart } from './backup-manifest';
import type { ParsedRequestOf, Services } from './dispatch';
import { newHandle } from './handles';
import type { NativeShell } from './ports';
import { ServiceError } from './service-error';
import type { SettingsService } from './settings';
import type { Staging } from './staging';
import { ONE_DAY_MS, removeStaleEntries } from './stale-files';

export type RestoreServices = Pick<Services, 'restoreOpen' | 'restoreApply' | 'restoreDiscard'>;

type Deps = {
  dataDir: string;
  staging: Staging;
  store: AttachmentStore;
  settings: SettingsService;
  shell: NativeShell | null;
};

/** A backup that passed every check, waiting for the user to confirm the restore. */
type OpenRestore = {
  filePath: string;
  /** The file is ours (an upload moved out of staging) and goes when the restore is discarded. */
  owned: boolean;
  manifestSha256: string;
};

type Source = ParsedRequestOf<'restoreOpen'>['source'];

function unknownRestore(): ServiceError {
  return new ServiceError(ERROR_CODES.notFound, 'There is no such restore; open the backup again');
}

/** Copies one part to `target`, checking its size and SHA-256 on the way. */
async function copyPartVerified(source: Readable, part: ManifestPart, target: string): Promise<void> {
  const hash = createHash('sha256');
  let size = 0;
  const handle = await fs.open(target, 'w');
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > part.size) throw corrupt(`${part.path} does not match its checksum`);
      hash.update(chunk);
      await handle.write(chunk);
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
  if (size !== part.size || hash.digest('hex') !== part.sha256) {
    throw corrupt(`${part.path} does not match its checksum`);
  }
}

export function createRestoreServices(
  deps: Deps,
): RestoreServices & { removeStale(now: number): Promise<void> } {
  const restores = new Map<string, OpenRestore>();
  const ownedFolder = path.join(deps.dataDir, 'tmp', 'restore');

  /** Where the backup to open is, and the name to show for it; null when the user cancelled. */
  async function locate(source: Source): Promise<{ filePath: string; fileName: string | null } | null> {
    switch (source.kind) {
      case 'listed': {
        const folder = backupFolderOf(deps.dataDir, await deps.settings.get());
        return { filePath: await listedBackupPath(folder, source.fileName), fileName: source.fileName };
      }
      case 'staged':
        return { filePath: deps.staging.pathOf(source.stagingId), fileName: null };
      case 'pick': {
        if (deps.shell === null) {
          throw new ServiceError(ERROR_CODES.unsupportedHere, 'Only the desktop app has a file dialog');
        }
        const [picked] = await deps.shell.pickFiles({
          multiple: false,
          filters: [{ name: 'TrainDesk backup', extensions: ['zip'] }],
        });
        return picked === undefined ? null : { filePath: picked, fileName: path.basename(picked) };
      }
    }
  }

  /** Moves an uploaded backup out of staging, so the restore owns it until it is discarded. */
  async function adoptUpload(stagingPath: string, restoreId: string): Promise<string> {
    await fs.mkdir(ownedFolder, { recursive: true });
    const owned = path.join(ownedFolder, `${restoreId}.zip`);
    await fs.rename(stagingPath, owned);
    return owned;
  }

  async function putParts(backup: OpenedBackup): Promise<string> {
    const incoming: Incoming[] = [];
    let database: { stagingId: string; path: string } | null = null;
    try {
      for (const part of backup.manifest.parts) {
        if (part.path === DATABASE_PATH) {
          database = await deps.staging.create();
          const target = database.path;
          await readingBackup(async () => copyPartVerified(await backup.openPart(part.path), part, target));
          continue;
        }
        const onMismatch = () => corrupt(`${part.path} does not match its checksum`);
        incoming.push(
          await readingBackup(async () =>
            deps.store.receive(await backup.openPart(part.path), {
              expected: { sha256: part.sha256, size: part.size, onMismatch },
            }),
          ),
        );
      }
      if (database === null) throw corrupt('the database is missing');
      // Only now, with every part checked, does anything become visible in the store.
      for (const file of incoming) await file.commit();
      return database.stagingId;
    } catch (error) {
      await Promise.all(incoming.map((file) => file.discard()));
      if (database !== null) await deps.staging.discard(database.stagingId);
      throw error;
    }
  }

  return {
    async restoreOpen({ source, currentSchemaVersion }) {
      const located = await locate(source);
      if (located === null) return null;
      const backup = await openBackupArchive(located.filePath);
      try {
        assertSchemaNotNewer(backup.manifest, currentSchemaVersion);
        await verifyBackup(backup);
      } finally {
        backup.close();
      }
      const restoreId = newHandle();
      const size = (await fs.stat(located.filePath)).size;
      const owned = source.kind === 'staged';
      const filePath = owned ? await adoptUpload(located.filePath, restoreId) : located.filePath;
      restores.set(restoreId, { filePath, owned, manifestSha256: backup.manifestSha256 });
      const fileName = located.fileName ?? backupFileName(backup.manifest.createdAt, backup.manifest.kind);
      return { restoreId, backup: summaryFromManifest(backup.manifest, fileName, size, true) };
    },

    /**
     * Checks every part again while copying it (the file may have changed since it was opened),
     * puts the attachments into the store and stages the database export for the renderer.
     * Nothing in the store is deleted or replaced: content-addressed files are the same bytes.
     */
    async restoreApply({ restoreId }) {
      const restore = restores.get(restoreId);
      if (restore === undefined) throw unknownRestore();
      const backup = await openBackupArchive(restore.filePath);
      try {
        if (backup.manifestSha256 !== restore.manifestSha256)
          throw corrupt('the file changed after it was checked');
        checkStructure(backup);
        return { database: await putParts(backup) };
      } finally {
        backup.close();
      }
    },

    async restoreDiscard({ restoreId }) {
      const restore = restores.get(restoreId);
      restores.delete(restoreId);
      if (restore?.owned) await fs.rm(restore.filePath, { force: true });
      return {};
    },

    removeStale: (now) => removeStaleEntries(ownedFolder, ONE_DAY_MS, now),
  };
}
