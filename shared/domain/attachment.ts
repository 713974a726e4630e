import { z } from 'zod';

/** A file name as the user sees it: no folders, no control characters. */
export const fileNameSchema = z
  .string()
  .min(1)
  .max(255)
  .refine(
    // Control characters are exactly what this refuses.
    // eslint-disable-next-line no-control-regex
    (name) => !/[/\\\u0000-\u001f]/.test(name) && name !== '.' && name !== '..',
    'not a plain file name',
  );

/** Content address of a stored file: lower-case hex SHA-256. */
export const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/);

/** What a record keeps of a file: the bytes live once in the main process's store, named by hash. */
export const attachmentRefSchema = z.object({
  sha256: sha256Schema,
  name: fileNameSchema,
  mime: z.string().max(255),
  size: z.number().int().nonnegative(),
});
export type AttachmentRef = z.infer<typeof attachmentRefSchema>;

/** The distinct files a record references, for the multi-entry `attachmentShas` index. */
export function attachmentShas(refs: readonly (AttachmentRef | undefined | null)[]): string[] {
  return [...new Set(refs.filter((r): r is AttachmentRef => Boolean(r)).map((r) => r.sha256))];
}

export function isPreviewable(mime: string): 'image' | 'pdf' | null {
  if (/^image\/(png|jpe?g|gif|webp|bmp)$/.test(mime)) return 'image';
  if (mime === 'application/pdf') return 'pdf';
  return null;
}
