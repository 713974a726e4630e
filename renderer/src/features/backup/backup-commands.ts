import { exportDB, importInto } from 'dexie-export-import';
import type { BackupSummary, JobStatus } from '../../../../shared/contract';
import { createDatabase, LATEST_VERSION, type TrainDeskDatabase } from '../../db';
import { downloadStaged, PlatformError, uploadBlob, type Platform } from '../../platform';
// The query alone: the attachments index also carries its screens, which start-up does not need.
import { referencedAttachments } from '../attachments/referenced';

export type BackupKind = 'manual' | 'auto' | 'safety';

export interface Progress {
  /** 0..1 of the step the user waits for, and which step it is (an i18n key under `backup:steps`). */
  onProgress?: (fraction: number, step: 'export' | 'upload' | 'write' | 'download' | 'import') => void;
  signal?: AbortSignal;
}

const POLL_MS = 250;

async function tableCounts(db: TrainDeskDatabase): Promise<Record<string, number>> {
  const entries = await Promise.all(db.tables.map(async (t) => [t.name, await t.count()] as const));
  return Object.fromEntries(entries);
}

/** Waits for a job in the main process, reporting progress; cancelling the signal cancels the job. */
export async function waitForJob(platform: Platform, jobId: string, { onProgress, signal }: Progress = {}) {
  const cancel = () => void platform.call('jobCancel', { jobId }).catch(() => undefined);
  signal?.addEventListener('abort', cancel, { once: true });
  try {
    for (;;) {
      const status: JobStatus = await platform.call('jobStatus', { jobId });
      if (status.total > 0) onProgress?.(status.done / status.total, 'write');
      if (status.state === 'done') return status;
      if (status.state === 'cancelled') throw new PlatformError('cancelled', 'Cancelled');
      if (status.state === 'failed') {
        throw new PlatformError(status.error?.code ?? 'internal', status.error?.message ?? 'Backup failed');
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  } finally {
    signal?.removeEventListener('abort', cancel);
  }
}

/**
 * A full backup: the database exported with dexie-export-import, sent to the main process, which
 * writes it with every referenced attachment into one checksummed zip.
 */
export async function createBackup(
  db: TrainDeskDatabase,
  platform: Platform,
  kind: BackupKind,
  progress: Progress = {},
): Promise<BackupSummary> {
  const { onProgress, signal } = progress;
  onProgress?.(0, 'export');
  const [blob, counts, attachments] = await Promise.all([
    exportDB(db, { numRowsPerChunk: 2000 }),
    tableCounts(db),
    referencedAttachments(db),
  ]);
  const database = await uploadBlob(platform, blob, {
    signal,
    onProgress: (done, total) => onProgress?.(done / total, 'upload'),
  });
  const { jobId } = await platform.call('backupStart', {
    database,
    schemaVersion: db.verno,
    counts,
    attachments,
    kind,
  });
  const status = await waitForJob(platform, jobId, progress);
  if (!status.backup) throw new PlatformError('internal', 'The backup job gave no summary');
  return status.backup;
}

/**
 * Replaces every table with the backup's records in one transaction. The export is first loaded into
 * a scratch database at the backup's schema version and upgraded there by the app's own schema
 * steps, so a backup from an older version arrives in today's shape; only then is the app's
 * database touched, all at once.
 */
export async function restoreDatabase(
  db: TrainDeskDatabase,
  platform: Platform,
  databaseStagingId: string,
  backupSchemaVersion: number,
  { onProgress, signal }: Progress = {},
): Promise<void> {
  if (backupSchemaVersion > LATEST_VERSION)
    throw new PlatformError('backupTooNew', 'Backup from a newer app');
  const blob = await downloadStaged(platform, databaseStagingId, {
    signal,
    onProgress: (done, total) => onProgress?.(total ? done / total : 1, 'download'),
  }).finally(() => platform.call('stageDiscard', { stagingId: databaseStagingId }).catch(() => undefined));
  const scratchName = `traindesk-restore-${crypto.randomUUID()}`;
  const atBackupVersion = createDatabase(scratchName, backupSchemaVersion, { reloadOnVersionChange: false });
  try {
    await importInto(atBackupVersion, blob, {
      acceptNameDiff: true,
      progressCallback: ({ completedRows, totalRows }) => {
        onProgress?.(totalRows ? completedRows / totalRows / 2 : 0, 'import');
        return !signal?.aborted;
      },
    });
    atBackupVersion.close();
    const upgraded = createDatabase(scratchName, Infinity, { reloadOnVersionChange: false });
    await upgraded.open();
    // The whole data set is being replaced, so reading each scratch table whole is the job here.
    const contents = await Promise.all(
      upgraded.tables.map(async (t) => [t.name, await t.toArray()] as const),
    );
    upgraded.close();
    if (signal?.aborted) throw new PlatformError('cancelled', 'Cancelled');
    const total = contents.reduce((n, [, rows]) => n + rows.length, 0);
    let written = 0;
    await db.transaction('rw', db.tables, async () => {
      for (const table of db.tables) await table.clear();
      for (const [name, rows] of contents) {
        for (let i = 0; i < rows.length; i += 2000) {
          await db.table(name).bulkPut(rows.slice(i, i + 2000));
          written += Math.min(2000, rows.length - i);
          onProgress?.(0.5 + written / total / 2, 'import');
        }
      }
    });
  } finally {
    await createDatabase(scratchName, Infinity, { reloadOnVersionChange: false })
      .delete()
      .catch(() => undefined);
  }
}
