import { STAGE_CHUNK_BYTES, type Delivery } from '../../../shared/contract';
import { PlatformError, type Platform } from './platform';

export interface TransferProgress {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // String.fromCharCode takes arguments, which are limited in number: convert in slices.
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function throwIfCancelled(signal: AbortSignal | undefined) {
  if (signal?.aborted) throw new PlatformError('cancelled', 'Cancelled');
}

/**
 * Sends a file (a dropped attachment, a database export, an uploaded backup) to the main process a
 * piece at a time and returns its staging id. Cancelling discards what was sent.
 */
export async function uploadBlob(
  platform: Platform,
  blob: Blob,
  { onProgress, signal }: TransferProgress = {},
) {
  const { stagingId } = await platform.call('stageBegin', {});
  try {
    for (let offset = 0; offset < blob.size; offset += STAGE_CHUNK_BYTES) {
      throwIfCancelled(signal);
      const piece = new Uint8Array(await blob.slice(offset, offset + STAGE_CHUNK_BYTES).arrayBuffer());
      await platform.call('stageAppend', { stagingId, data: toBase64(piece) });
      onProgress?.(Math.min(offset + STAGE_CHUNK_BYTES, blob.size), blob.size);
    }
    return stagingId;
  } catch (error) {
    await platform.call('stageDiscard', { stagingId }).catch(() => undefined);
    throw error;
  }
}

/** Reads a staged file back from the main process (a database export from a backup). */
export async function downloadStaged(
  platform: Platform,
  stagingId: string,
  { onProgress, signal }: TransferProgress = {},
) {
  const pieces: Uint8Array<ArrayBuffer>[] = [];
  let offset = 0;
  for (;;) {
    throwIfCancelled(signal);
    const { data, size } = await platform.call('stageRead', { stagingId, offset, length: STAGE_CHUNK_BYTES });
    const piece = fromBase64(data);
    pieces.push(piece);
    offset += piece.length;
    onProgress?.(offset, size);
    if (piece.length === 0 || offset >= size) return new Blob(pieces);
  }
}

/**
 * Finishes handing a file to the user: in browser mode the main process made a download and the
 * browser fetches it; in the desktop app it was already saved where the user chose.
 */
export function completeDelivery(platform: Platform, delivery: Delivery): boolean {
  if (delivery.kind !== 'download') return delivery.kind === 'saved';
  triggerDownload(platform.downloadUrl(delivery.downloadId), delivery.fileName);
  return true;
}

/** Lets the browser download a URL of the bridge under the given name. */
export function triggerDownload(url: string, fileName: string) {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}
