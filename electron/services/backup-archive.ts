import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream, type ReadStream } from 'node:fs';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import { MANIFEST_PATH, type Manifest, type ManifestPart } from './backup-manifest';
import { STREAM_CHUNK_BYTES } from './atomic-file';

/** One entry of the zip and the file its bytes come from. */
export type PartSource = {
  path: string;
  source: string;
  /** Deflate it? Attachments (PDF, JPEG, video, Office files) are compressed already. */
  compress: boolean;
};

export type WriteOptions = {
  signal: AbortSignal;
  onBytes: (count: number) => void;
};

/**
 * Writes one backup zip at `target` (the caller's temp file): every part streamed from its file
 * and hashed on the way, then `manifest.json` with those hashes. Parts are opened one at a time,
 * so a store of thousands of attachments never holds thousands of open files. On failure or
 * cancel, every stream is closed before this rejects, so the caller can delete the target at once.
 */
export async function writeBackupArchive(
  target: string,
  header: Omit<Manifest, 'parts'>,
  parts: readonly PartSource[],
  options: WriteOptions,
): Promise<Manifest> {
  options.signal.throwIfAborted();
  const controller = new AbortController();
  const stop = (reason: unknown) => controller.abort(reason);
  const onOuterAbort = () => stop(options.signal.reason);
  options.signal.addEventListener('abort', onOuterAbort, { once: true });

  const mtime = new Date(header.createdAt);
  const zip = new ZipFile();
  const output = createWriteStream(target, { flags: 'wx' });
  const sources = new Set<ReadStream>();
  const stopped = new Promise<never>((_resolve, reject) => {
    controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true });
  });
  zip.on('error', stop);
  const written = pipeline(zip.outputStream, output, { signal: controller.signal });

  const hashedParts = parts.map(
    (part) =>
      new Promise<ManifestPart>((resolve, reject) => {
        zip.addReadStreamLazy(part.path, { compress: part.compress, mtime }, (callback) => {
          if (controller.signal.aborted) return;
          const source = createReadStream(part.source, { highWaterMark: STREAM_CHUNK_BYTES });
          sources.add(source);
          const hash = createHash('sha256');
          let size = 0;
          const meter = new Transform({
            transform(chunk: Buffer, _encoding, done) {
              hash.update(chunk);
              size += chunk.length;
              options.onBytes(chunk.length);
              done(null, chunk);
            },
            flush(done) {
              sources.delete(source);
              resolve({ path: part.path, sha256: hash.digest('hex'), size });
              done();
            },
          });
          source.once('error', (error) => {
            reject(error);
            stop(error);
          });
          source.pipe(meter);
          callback(null, meter);
        });
      }),
  );
  // A part that fails after another already stopped the write must not be an unhandled rejection.
  for (const promise of [written, stopped, ...hashedParts]) promise.catch(() => undefined);

  try {
    const manifest: Manifest = { ...header, parts: await Promise.race([Promise.all(hashedParts), stopped]) };
    zip.addBuffer(Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`), MANIFEST_PATH, { mtime });
    zip.end();
    await Promise.race([written, stopped]);
    return manifest;
  } catch (error) {
    stop(error);
    for (const source of sources) source.destroy();
    await written.catch(() => undefined);
    if (!output.closed) await once(output, 'close');
    throw error;
  } finally {
    options.signal.removeEventListener('abort', onOuterAbort);
  }
}
