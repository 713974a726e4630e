import { isPreviewable } from '../../../../shared/domain/attachment';

/** The files of a paste or drop, split into images the editor can show and the rest. */
export function splitImageFiles(files: readonly File[]): { images: File[]; others: File[] } {
  return {
    images: files.filter((f) => isPreviewable(f.type) === 'image'),
    others: files.filter((f) => isPreviewable(f.type) !== 'image'),
  };
}
