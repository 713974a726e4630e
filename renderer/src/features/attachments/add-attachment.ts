import type { AttachmentRef } from '../../../../shared/domain/attachment';
import { PlatformError, uploadBlob, type Platform, type TransferProgress } from '../../platform';

/** Stores a file the user dropped or picked; the main process keeps one copy per content. */
export async function addAttachment(
  platform: Platform,
  file: File,
  maxMb: number,
  progress: TransferProgress = {},
): Promise<AttachmentRef> {
  // Refused here first so a 2 GB video is not sent piece by piece only to be refused at the end.
  if (file.size > maxMb * 1024 * 1024) throw new PlatformError('fileTooLarge', 'File too large');
  const stagingId = await uploadBlob(platform, file, progress);
  return platform.call('attachmentAddStaged', {
    stagingId,
    name: file.name,
    mime: file.type || 'application/octet-stream',
  });
}
