import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { openPromise, type Entry, type ZipFile } from 'yauzl';
import { ERROR_CODES } from '../../shared/contract';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  DATABASE_PATH,
  isWellFormedPart,
  MANIFEST_PATH,
  manifestSchema,
  type Manifest,
  type ManifestPart,
} from './backup-manifest';
import { crc32 } from './crc32';
import { ServiceError } from './service-error';

/** Far more than the manifest of a very large store (about 150 bytes per attachment). */
const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;

export function corrupt(detail: string): ServiceError {
  return new ServiceError(ERROR_CODES.backupCorrupt, `The backup is damaged or incomplete (${detail})`);
}

function foreign(): ServiceError {
  return new ServiceError(ERROR_CODES.backupForeign, 'This file is not a TrainDesk backup');
}

function tooNew(): ServiceError {
  return new ServiceError(ERROR_CODES.backupTooNew, 'This backup was made by a newer version of TrainDesk');
}

/** A backup zip opened for reading; `close` when done. */
export type OpenedBackup = {
  manifest: Manifest;
  /** Identifies the manifest read at open, so a later read can tell the file was replaced. */
  manifestSha256: string;
  entries: ReadonlyMap<string, Entry>;
  openPart(path: string): Promise<Readable>;
  close(): void;
};

async function readAll(stream: Readable, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw corrupt('the manifest is too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

async function readEntries(zip: ZipFile): Promise<Map<string, Entry>> {
  const entries = new Map<string, Entry>();
  for await (const entry of zip.eachEntry()) {
    // Two entries with one name would let a checked copy hide an unchecked one.
    if (entries.has(entry.fileName)) throw corrupt(`two entries named ${entry.fileName}`);
    entries.set(entry.fileName, entry);
  }
  return entries;
}

function parseManifest(bytes: Buffer): Manifest {
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw foreign();
  }
  if (typeof value !== 'object' || value === null || !('format' in value) || value.format !== BACKUP_FORMAT) {
    throw foreign();
  }
  if (
    'formatVersion' in value &&
    typeof value.formatVersion === 'number' &&
    value.formatVersion > BACKUP_FORMAT_VERSION
  ) {
    throw tooNew();
  }
  const parsed = manifestSchema.safeParse(value);
  if (!parsed.success) throw corrupt('the manifest is not valid');
  return parsed.data;
}

async function readManifest(
  zip: ZipFile,
  entry: Entry | undefined,
): Promise<{ manifest: Manifest; sha256: string }> {
  if (entry === undefined) throw foreign();
  if (entry.uncompressedSize > MAX_MANIFEST_BYTES) throw corrupt('the manifest is too large');
  const bytes = await readAll(await zip.openReadStreamPromise(entry), MAX_MANIFEST_BYTES);
  if (crc32(bytes) !== entry.crc32) throw corrupt('the manifest does not match its checksum');
  return { manifest: parseManifest(bytes), sha256: createHash('sha256').update(bytes).digest('hex') };
}

/**
 * Opens a backup zip and reads its manifest. A file that is not a zip, or a truncated one, is
 * `backupCorrupt`; a zip without our manifest is `backupForeign`; a newer format is `backupTooNew`.
 * Parts are not checked here: see `verifyParts`.
 */
export async function openBackupArchive(filePath: string): Promise<OpenedBackup> {
  let zip: ZipFile;
  try {
    zip = await openPromise(filePath, {
      lazyEntries: true,
      autoClose: false,
      validateEntrySizes: true,
      strictFileNames: true,
    });
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') {
      throw new ServiceError(ERROR_CODES.notFound, 'The backup file is gone');
    }
    throw corrupt('not a readable zip file');
  }
  try {
    const entries = await readEntries(zip).catch((error: unknown) => {
      throw error instanceof ServiceError ? error : corrupt('the zip directory is damaged');
    });
    const { manifest, sha256 } = await readManifest(zip, entries.get(MANIFEST_PATH)).catch(
      (error: unknown) => {
        throw error instanceof ServiceError ? error : corrupt('the manifest cannot be read');
      },
    );
    return {
      manifest,
      manifestSha256: sha256,
      entries,
      async openPart(path) {
        const entry = entries.get(path);
        if (entry === undefined) throw corrupt(`${path} is missing`);
        try {
          return await zip.openReadStreamPromise(entry);
        } catch {
          throw corrupt(`${path} cannot be read`);
        }
      },
      close: () => zip.close(),
    };
  } catch (error) {
    zip.close();
    throw error;
  }
}

/**
 * Checks the shape without reading the parts: the manifest lists exactly the zip's entries, with
 * their sizes, and names them as a restore expects. Cheap enough for listing a folder of backups.
 */
export function checkStructure(backup: OpenedBackup): void {
  const listed = new Map<string, ManifestPart>();
  for (const part of backup.manifest.parts) {
    if (listed.has(part.path) || !isWellFormedPart(part)) throw corrupt(`unexpected part ${part.path}`);
    listed.set(part.path, part);
  }
  if (!listed.has(DATABASE_PATH)) throw corrupt('the database is missing');
  for (const name of backup.entries.keys()) {
    if (name !== MANIFEST_PATH && !listed.has(name)) throw corrupt(`unlisted entry ${name}`);
  }
  for (const part of listed.values()) {
    const entry = backup.entries.get(part.path);
    if (entry === undefined) throw corrupt(`${part.path} is missing`);
    if (entry.uncompressedSize !== part.size) throw corrupt(`${part.path} has the wrong size`);
  }
}

/** Streams one part and checks its size and SHA-256 against the manifest. */
export async function verifyPart(
  backup: OpenedBackup,
  part: ManifestPart,
  options: { signal?: AbortSignal; onBytes?: (count: number) => void } = {},
): Promise<void> {
  const hash = createHash('sha256');
  let size = 0;
  try {
    for await (const chunk of (await backup.openPart(part.path)) as AsyncIterable<Buffer>) {
      options.signal?.throwIfAborted();
      hash.update(chunk);
      size += chunk.length;
      options.onBytes?.(chunk.length);
    }
  } catch (error) {
    if (options.signal?.aborted || error instanceof ServiceError) throw error;
    throw corrupt(`${part.path} cannot be read`);
  }
  if (size !== part.size || hash.digest('hex') !== part.sha256) {
    throw corrupt(`${part.path} does not match its checksum`);
  }
}

/** A Node system error (disk full, no permission) is about the destination, not the backup. */
function isSystemError(error: unknown): boolean {
  return error instanceof Error && 'syscall' in error;
}

/**
 * Runs a copy out of the backup; anything that goes wrong reading the backup (a zlib error, a short
 * entry) is `backupCorrupt`, while trouble on our side (disk full) stays what it is.
 */
export async function readingBackup<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ServiceError || isSystemError(error)) throw error;
    throw corrupt('a part cannot be read');
  }
}

/** Every part present, nothing unlisted, every size and SHA-256 as the manifest says. */
export async function verifyBackup(
  backup: OpenedBackup,
  options: { signal?: AbortSignal; onBytes?: (count: number) => void } = {},
): Promise<void> {
  checkStructure(backup);
  for (const part of backup.manifest.parts) await verifyPart(backup, part, options);
}

/** A backup of a newer database schema than this app knows cannot be read back into it. */
export function assertSchemaNotNewer(manifest: Manifest, currentSchemaVersion: number): void {
  if (manifest.schemaVersion > currentSchemaVersion) throw tooNew();
}
