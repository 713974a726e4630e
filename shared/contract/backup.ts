import { z } from 'zod';
import { backupSummarySchema } from './app';
import { deliverySchema, empty, fileNameSchema, handleSchema, sha256Schema } from './common';

export const jobStatusSchema = z.object({
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  /** Bytes (or rows) done and in all, for a progress bar. */
  done: z.number().nonnegative(),
  total: z.number().nonnegative(),
  backup: backupSummarySchema.optional(),
  error: z.object({ code: z.string(), message: z.string() }).optional(),
});
export type JobStatus = z.infer<typeof jobStatusSchema>;

/** What a verified backup holds, shown to the user before a restore replaces anything. */
export const restoreSummarySchema = z.object({
  restoreId: handleSchema,
  backup: backupSummarySchema,
});

export const backupChannels = {
  /**
   * Writes a backup: the staged database export (dexie-export-import) plus the attachments it
   * references, with a manifest of checksums, atomically, into the backup folder. Runs as a job.
   */
  backupStart: {
    channel: 'backup:start',
    request: z
      .object({
        database: handleSchema,
        schemaVersion: z.number().int().positive(),
        counts: z.record(z.string(), z.number().int().nonnegative()),
        attachments: z.array(sha256Schema),
        kind: z.enum(['manual', 'auto', 'safety']),
      })
      .strict(),
    response: z.object({ jobId: handleSchema }),
  },
  jobStatus: {
    channel: 'job:status',
    request: z.object({ jobId: handleSchema }).strict(),
    response: jobStatusSchema,
  },
  jobCancel: {
    channel: 'job:cancel',
    request: z.object({ jobId: handleSchema }).strict(),
    response: empty,
  },
  /** Backups in the backup folder, newest first. */
  backupList: {
    channel: 'backup:list',
    request: empty,
    response: z.object({ folder: z.string(), backups: z.array(backupSummarySchema) }),
  },
  /** The desktop app's folder dialog for the backup folder; browser mode answers `unsupportedHere`. */
  backupChooseFolder: {
    channel: 'backup:choose-folder',
    request: empty,
    response: z.object({ folder: z.string().nullable() }),
  },
  backupSaveCopy: {
    channel: 'backup:save-copy',
    request: z.object({ fileName: fileNameSchema }).strict(),
    response: deliverySchema,
  },
  /**
   * Opens a backup for restore and verifies the manifest and every checksum before anything else.
   * A corrupt, truncated or foreign file is refused (`backupCorrupt`, `backupForeign`); one written
   * by a newer schema than `currentSchemaVersion` is refused with `backupTooNew`.
   */
  restoreOpen: {
    channel: 'restore:open',
    request: z
      .object({
        source: z.discriminatedUnion('kind', [
          z.object({ kind: z.literal('listed'), fileName: fileNameSchema }),
          z.object({ kind: z.literal('staged'), stagingId: handleSchema }),
          z.object({ kind: z.literal('pick') }),
        ]),
        currentSchemaVersion: z.number().int().positive(),
      })
      .strict(),
    response: restoreSummarySchema.nullable(),
  },
  /** Puts the backup's attachments into the store and stages its database export for the renderer. */
  restoreApply: {
    channel: 'restore:apply',
    request: z.object({ restoreId: handleSchema }).strict(),
    response: z.object({ database: handleSchema }),
  },
  restoreDiscard: {
    channel: 'restore:discard',
    request: z.object({ restoreId: handleSchema }).strict(),
    response: empty,
  },
} as const;
