import { z } from 'zod';

export { fileNameSchema, sha256Schema } from '../domain/attachment';

export const empty = z.object({}).strict();

/** A handle the main process gave out (staging area, job, download, restore); never a path. */
export const handleSchema = z.string().regex(/^[0-9a-f]{32}$/);

/**
 * Where a file the main process made goes. In the desktop app the user picked a place in a save
 * dialog (`saved`, or `cancelled`); in browser mode the browser downloads it from
 * `/downloads/<downloadId>`, since a web page cannot write files itself.
 */
export const deliverySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('saved'), fileName: z.string() }),
  z.object({ kind: z.literal('cancelled') }),
  z.object({ kind: z.literal('download'), downloadId: handleSchema, fileName: z.string() }),
]);
export type Delivery = z.infer<typeof deliverySchema>;
