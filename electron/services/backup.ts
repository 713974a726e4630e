import fs from 'node:fs/promises';
import path from 'node:path';
import { backupsToDelete } from '../../shared/domain/backup-rotation';
import { ERROR_CODES, type BackupSummary } from '../../shared/contract';
import { renameWithRetry, syncFile, syncFolder, tempPathBeside } from './atomic-file';
import { writeBackupArchive, type PartSource } from './backup-archive';
import { checkStructure, openBackupArchive, verifyBackup } from './backup-archive-reader';
import {
  assertUsableBackupFolder,
  backupFileName,
  backupFolderOf,
  isBackupFileName,
  listedBackupPath,
} from './backup-folder';
import {
  attachmentPartPath,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  DATABASE_PATH,
  summaryFromManifest,
  type Manifest,
} from './backup-manifest';
import type { AttachmentStore } from './attachment-store';
import type { ParsedRequestOf, Services } from './dispatch';
import type { HeldAttachments } from './held-attachments';
import type { JobContext, Jobs } from './jobs';
import type { Deliver, NativeShell } from './ports';
import { ServiceError } from './service-error';
import type { SettingsService } from './settings';
import type { Staging } from './staging';
import { ONE_DAY_MS, removeStaleEntries } from './stale-files';

export type BackupServices = Pick<
  Services,
  'backupStart' | 'jobStatus' | 'jobCancel' | 'backupList' | 'backupChooseFolder' | 'backupSaveCopy'
>;

type Deps = {
  dataDir: string;
  appVersion: string;
  now: () => number;
  staging: Staging;
  store: AttachmentStore;
  held: HeldAttachments;
  settings: SettingsService;
  jobs: Jobs;
  deliver: Deliver;
  shell: NativeShell | null;
};

type BackupRequest = ParsedRequestOf<'backupStart'>;

/** Reads the summary of one backup file from its manifest; null when it is not a readable backup. */
async function readSummary(folder: string, fileName: string): Promise<BackupSummary | null> {
  const filePath = path.join(folder, fileName);
  try {
    const [stat, backup] = await Promise.all([fs.stat(filePath), openBackupArchive(filePath)]);
    try {
      let complete = true;
      try {
        checkStructure(backup);
      } catch {
        complete = false;
      }
      // Listing a folder cannot afford to hash every backup: here `verified` means the zip holds
      // exactly the parts its manifest lists, at their sizes. Restore checks every checksum.
      return summaryFromManifest(backup.manifest, fileName, stat.size, complete);
    } finally {
      backup.close();
    }
  } catch {
    return null;
  }
}

export async function listBackups(folder: string): Promise<BackupSummary[]> {
  const names = await fs.readdir(folder).catch(() => [] as string[]);
  const summaries: BackupSummary[] = [];
  for (const name of names.filter(isBackupFileName)) {
    const summary = await readSummary(folder, name);
    if (summary !== null) summaries.push(summary);
  }
  return summaries.sort((a, b) => b.createdAt - a.createdAt || b.fileName.localeCompare(a.fileName));
}

/** Two backups in one second (a safety backup right after a manual one) must not overwrite each other. */
async function freeFileName(folder: string, createdAt: number, kind: string): Promise<string> {
  const base = backupFileName(createdAt, kind);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : base.replace(/\.zip$/, `-${n}.zip`);
    const taken = await fs.access(path.join(folder, candidate)).then(
      () => true,
      () => false,
    );
    if (!taken) return candidate;
  }
}

const isBackupTemp = (name: string) => name.startsWith('.TrainDesk-backup-') && name.endsWith('.tmp');

export function createBackupServices(deps: Deps): BackupServices {
  async function collectParts(request: BackupRequest, databasePath: string) {
    const parts: PartSource[] = [{ path: DATABASE_PATH, source: databasePath, compress: true }];
    let bytes = (await fs.stat(databasePath)).size;
    const missing: string[] = [];
    for (const sha256 of new Set(request.attachments)) {
      const size = await deps.store.sizeOf(sha256);
      if (size === null) {
        missing.push(sha256);
        continue;
      }
      parts.push({ path: attachmentPartPath(sha256), source: deps.store.pathOf(sha256), compress: false });
      bytes += size;
    }
    return { parts, bytes, missing };
  }

  async function rotate(folder: string): Promise<void> {
    const { keepDaily, keepWeekly } = (await deps.settings.get()).backup;
    const now = deps.now();
    const utcOffsetMinutes = -new Date(now).getTimezoneOffset();
    const doomed = backupsToDelete(await listBackups(folder), now, keepDaily, keepWeekly, utcOffsetMinutes);
    for (const fileName of doomed) {
      if (isBackupFileName(fileName)) await fs.rm(path.join(folder, fileName), { force: true });
    }
  }

  /**
   * Writes the zip to a temp file, flushes it, reads it back and checks every checksum, and only
   * then renames it into place: a cancel, a crash or a failed check before that point leaves no
   * backup-looking file behind. Progress counts the bytes written, then the bytes read back.
   */
  async function writeBackup(request: BackupRequest, databasePath: string, job: JobContext) {
    const settings = await deps.settings.get();
    const folder = await assertUsableBackupFolder(backupFolderOf(deps.dataDir, settings));
    const createdAt = deps.now();
    await removeStaleEntries(folder, ONE_DAY_MS, createdAt, isBackupTemp);
    const { parts, bytes, missing } = await collectParts(request, databasePath);
    let done = 0;
    const onBytes = (count: number) => job.progress((done += count), bytes * 2);
    job.progress(0, bytes * 2);

    const fileName = await freeFileName(folder, createdAt, request.kind);
    const target = path.join(folder, fileName);
    const tempPath = tempPathBeside(target);
    let manifest: Manifest;
    try {
      manifest = await writeBackupArchive(
        tempPath,
        {
          format: BACKUP_FORMAT,
          formatVersion: BACKUP_FORMAT_VERSION,
          appVersion: deps.appVersion,
          schemaVersion: request.schemaVersion,
          createdAt,
          kind: request.kind,
          counts: request.counts,
          missingAttachments: missing,
        },
        parts,
        { signal: job.signal, onBytes },
      );
      await syncFile(tempPath);
      const written = await openBackupArchive(tempPath);
      try {
        await verifyBackup(written, { signal: job.signal, onBytes });
      } catch (error) {
        if (job.signal.aborted || !(error instanceof ServiceError)) throw error;
        throw new ServiceError(
          ERROR_CODES.backupCorrupt,
          'The backup did not read back as written; the disk or an attachment file may be damaged',
        );
      } finally {
        written.close();
      }
      job.signal.throwIfAborted();
      await renameWithRetry(tempPath, target);
    } catch (error) {
      await fs.rm(tempPath, { force: true });
      throw error;
    }
    await syncFolder(folder);

    const summary = summaryFromManifest(manifest, fileName, (await fs.stat(target)).size, true);
    await deps.settings.recordBackup(summary);
    if (request.kind === 'auto') {
      // The backup itself succeeded; a rotation problem (a file held open) is retried next time.
      await rotate(folder).catch((error: unknown) =>
        console.error('TrainDesk: backup rotation failed:', error),
      );
    }
    return summary;
  }

  return {
    async backupStart(request) {
      const databasePath = deps.staging.pathOf(request.database);
      // Held before answering, so a garbage collection right after this call already skips them.
      const release = deps.held.hold(request.attachments);
      const jobId = deps.jobs.start(async (job) => {
        try {
          return { backup: await writeBackup(request, databasePath, job) };
        } finally {
          release();
          // The staged export was made for this backup alone.
          await deps.staging.discard(request.database);
        }
      });
      return { jobId };
    },

    jobStatus: async ({ jobId }) => deps.jobs.status(jobId),

    async jobCancel({ jobId }) {
      deps.jobs.cancel(jobId);
      return {};
    },

    async backupList() {
      const folder = backupFolderOf(deps.dataDir, await deps.settings.get());
      return { folder, backups: await listBackups(folder) };
    },

    async backupChooseFolder() {
      if (deps.shell === null) {
        throw new ServiceError(ERROR_CODES.unsupportedHere, 'Only the desktop app has a folder dialog');
      }
      return { folder: await deps.shell.pickFolder() };
    },

    async backupSaveCopy({ fileName }) {
      const folder = backupFolderOf(deps.dataDir, await deps.settings.get());
      const source = await listedBackupPath(folder, fileName);
      return deps.deliver(fileName, (target) => fs.copyFile(source, target));
    },
  };
}
