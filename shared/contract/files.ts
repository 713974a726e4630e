import { z } from 'zod';
import { attachmentRefSchema } from '../domain/attachment';
import { deliverySchema, empty, fileNameSchema, handleSchema, sha256Schema } from './common';

export { attachmentRefSchema, type AttachmentRef } from '../domain/attachment';

/** Largest piece of a file sent in one call, before base64 (4 MiB). */
export const STAGE_CHUNK_BYTES = 4 * 1024 * 1024;
const base64Chunk = z
  .string()
  .max(Math.ceil(STAGE_CHUNK_BYTES / 3) * 4)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/);

/**
 * Files cross between the renderer and the main process through a staging area, a piece at a time:
 * dropped files and a database export going in, a database export from a backup coming out. The
 * same calls work over IPC and over the browser-mode bridge.
 */
export const fileChannels = {
  stageBegin: {
    channel: 'stage:begin',
    request: empty,
    response: z.object({ stagingId: handleSchema }),
  },
  stageAppend: {
    channel: 'stage:append',
    request: z.object({ stagingId: handleSchema, data: base64Chunk }).strict(),
    response: z.object({ size: z.number().int().nonnegative() }),
  },
  stageRead: {
    channel: 'stage:read',
    request: z
      .object({
        stagingId: handleSchema,
        offset: z.number().int().nonnegative(),
        length: z.number().int().positive().max(STAGE_CHUNK_BYTES),
      })
      .strict(),
    response: z.object({ data: z.string(), size: z.number().int().nonnegative() }),
  },
  stageDiscard: {
    channel: 'stage:discard',
    request: z.object({ stagingId: handleSchema }).strict(),
    response: empty,
  },
  /** Stores staged bytes as an attachment (once per content); refused over the size limit in Settings. */
  attachmentAddStaged: {
    channel: 'attachment:add-staged',
    request: z.object({ stagingId: handleSchema, name: fileNameSchema, mime: z.string().max(255) }).strict(),
    response: attachmentRefSchema,
  },
  /** The desktop app's open-file dialog; browser mode answers `unsupportedHere` (it uploads instead). */
  attachmentPick: {
    channel: 'attachment:pick',
    request: empty,
    response: z.object({ attachments: z.array(attachmentRefSchema) }),
  },
  /** Opens a copy under its own name with the OS's app; browser mode answers `opened: false`. */
  attachmentOpen: {
    channel: 'attachment:open',
    request: z.object({ attachment: attachmentRefSchema }).strict(),
    response: z.object({ opened: z.boolean() }),
  },
  attachmentSaveCopy: {
    channel: 'attachment:save-copy',
    request: z.object({ attachment: attachmentRefSchema }).strict(),
    response: deliverySchema,
  },
  /**
   * Files in the store that no record references (the renderer owns the records and sends what they
   * reference). With `remove`, deletes them, except those a backup being written still reads.
   */
  attachmentCollectGarbage: {
    channel: 'attachment:collect-garbage',
    request: z.object({ referenced: z.array(sha256Schema), remove: z.boolean() }).strict(),
    response: z.object({ files: z.number().int(), bytes: z.number().int(), removed: z.boolean() }),
  },
} as const;
