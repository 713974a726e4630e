import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { ERROR_CODES } from '../../shared/contract';
import { errorCode, renameWithRetry, syncFolder, STREAM_CHUNK_BYTES } from './atomic-file';
import { resolveInside } from './paths';
import { ServiceError } from './service-error';
import { ONE_DAY_MS, removeStaleEntries } from './stale-files';

const SHA256 = /^[0-9a-f]{64}$/;
const PREFIX_FOLDER = /^[0-9a-f]{2}$/;
const INCOMING_PREFIX = '.incoming-';

export type ReceiveOptions = {
  /** Refuse (with `fileTooLarge`) once more bytes than this arrive. */
  maxBytes?: number;
  /** The content must hash to this and have this size, or `onMismatch` is thrown (a restore). */
  expected?: { sha256: string; size: number; onMismatch: () => Error };
  onBytes?: (count: number) => void;
  signal?: AbortSignal;
};

/** Bytes received and hashed into a temp file of the store, not yet visible under their hash. */
export type Incoming = {
  sha256: string;
  size: number;
  /** Moves the file to its place in the store (or drops it, when the store has that content already). */
  commit(): Promise<void>;
  discard(): Promise<void>;
};

export type AttachmentStore = {
  readonly root: string;
  /** Where a hash's file lives (whether or not it exists); `badRequest` for anything but a SHA-256. */
  pathOf(sha256: string): string;
  /** Size of the stored file, or null when the store does not have it. */
  sizeOf(sha256: string): Promise<number | null>;
  receive(source: AsyncIterable<Buffer>, options?: ReceiveOptions): Promise<Incoming>;
  /** Stores a file's content once, named by its SHA-256. */
  putFile(sourcePath: string, options?: ReceiveOptions): Promise<{ sha256: string; size: number }>;
  /** Every stored hash with its size. */
  list(): Promise<{ sha256: string; size: number }[]>;
  remove(sha256: string): Promise<void>;
  removeStaleIncoming(now: number): Promise<void>;
};

export function isSha256(value: string): boolean {
  return SHA256.test(value);
}

function tooLarge(): ServiceError {
  return new ServiceError(ERROR_CODES.fileTooLarge, 'The file is larger than the limit set in Settings');
}

async function exists(filePath: string): Promise<boolean> {
  try {
    await fs.access(filePath);
    return true;
  } catch {
    return false;
  }
}

/**
 * Files stored once per content at `<root>/<sha[0..2]>/<sha256>` (two-level, so no folder grows to
 * hundreds of thousands of entries). Content arrives in a temp file in the store's own folder
 * while it is hashed, is flushed, and only then renamed to its hash: a crash leaves a stray temp
 * file (swept later), never a half file under a real hash.
 */
export function createAttachmentStore(root: string): AttachmentStore {
  function pathOf(sha256: string): string {
    const resolved = isSha256(sha256) ? resolveInside(root, `${sha256.slice(0, 2)}/${sha256}`) : null;
    if (resolved === null) throw new ServiceError(ERROR_CODES.badRequest, 'Not a SHA-256 content address');
    return resolved;
  }

  async function sizeOf(sha256: string): Promise<number | null> {
    try {
      const stat = await fs.stat(pathOf(sha256));
      return stat.isFile() ? stat.size : null;
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null;
      throw error;
    }
  }

  async function commitAs(tempPath: string, sha256: string): Promise<void> {
    const target = pathOf(sha256);
    if (await exists(target)) {
      await fs.rm(tempPath, { force: true });
      return;
    }
    await fs.mkdir(path.dirname(target), { recursive: true });
    try {
      await renameWithRetry(tempPath, target);
    } catch (error) {
      // Another writer stored the same content a moment earlier (Windows refuses to rename over it).
      await fs.rm(tempPath, { force: true });
      if (!(await exists(target))) throw error;
      return;
    }
    await syncFolder(path.dirname(target));
  }

  async function receive(source: AsyncIterable<Buffer>, options: ReceiveOptions = {}): Promise<Incoming> {
    await fs.mkdir(root, { recursive: true });
    const tempPath = path.join(root, `${INCOMING_PREFIX}${randomBytes(8).toString('hex')}.tmp`);
    const hash = createHash('sha256');
    let size = 0;
    const handle = await fs.open(tempPath, 'wx');
    try {
      try {
        for await (const chunk of source) {
          options.signal?.throwIfAborted();
          size += chunk.length;
          if (options.maxBytes !== undefined && size > options.maxBytes) throw tooLarge();
          if (options.expected !== undefined && size > options.expected.size) {
            throw options.expected.onMismatch();
          }
          hash.update(chunk);
          await handle.write(chunk);
          options.onBytes?.(chunk.length);
        }
        await handle.sync();
      } finally {
        await handle.close();
      }
      const sha256 = hash.digest('hex');
      const { expected } = options;
      if (expected !== undefined && (sha256 !== expected.sha256 || size !== expected.size)) {
        throw expected.onMismatch();
      }
      return {
        sha256,
        size,
        commit: () => commitAs(tempPath, sha256),
        discard: () => fs.rm(tempPath, { force: true }),
      };
    } catch (error) {
      await fs.rm(tempPath, { force: true });
      throw error;
    }
  }

  async function putFile(sourcePath: string, options: ReceiveOptions = {}) {
    const incoming = await receive(
      createReadStream(sourcePath, { highWaterMark: STREAM_CHUNK_BYTES }),
      options,
    );
    await incoming.commit();
    return { sha256: incoming.sha256, size: incoming.size };
  }

  async function list(): Promise<{ sha256: string; size: number }[]> {
    let prefixes: string[];
    try {
      prefixes = (await fs.readdir(root)).filter((name) => PREFIX_FOLDER.test(name));
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return [];
      throw error;
    }
    const found: { sha256: string; size: number }[] = [];
    for (const prefix of prefixes) {
      const entries = await fs.readdir(path.join(root, prefix), { withFileTypes: true }).catch(() => []);
      for (const entry of entries) {
        if (!entry.isFile() || !isSha256(entry.name) || !entry.name.startsWith(prefix)) continue;
        const stat = await fs.stat(path.join(root, prefix, entry.name)).catch(() => null);
        if (stat !== null) found.push({ sha256: entry.name, size: stat.size });
      }
    }
    return found;
  }

  return {
    root,
    pathOf,
    sizeOf,
    receive,
    putFile,
    list,
    remove: (sha256) => fs.rm(pathOf(sha256), { force: true }),
    removeStaleIncoming: (now) =>
      removeStaleEntries(root, ONE_DAY_MS, now, (name) => name.startsWith(INCOMING_PREFIX)),
  };
}
