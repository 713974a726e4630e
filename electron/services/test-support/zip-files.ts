import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { openPromise } from 'yauzl';
import { ZipFile } from 'yazl';

/** Every entry of a zip with its bytes. For tests only. */
export async function readZip(filePath: string): Promise<Map<string, Buffer>> {
  const zip = await openPromise(filePath, { lazyEntries: true, autoClose: false });
  const entries = new Map<string, Buffer>();
  try {
    for await (const entry of zip.eachEntry()) {
      const chunks: Buffer[] = [];
      for await (const chunk of (await zip.openReadStreamPromise(entry)) as AsyncIterable<Buffer>) {
        chunks.push(chunk);
      }
      entries.set(entry.fileName, Buffer.concat(chunks));
    }
  } finally {
    zip.close();
  }
  return entries;
}

/** Writes a zip of the given entries, in order, stored uncompressed unless `compress` is set. */
export async function writeZip(
  filePath: string,
  entries: Iterable<[string, string | Buffer]>,
  compress = false,
): Promise<void> {
  const zip = new ZipFile();
  for (const [name, content] of entries) zip.addBuffer(Buffer.from(content), name, { compress });
  zip.end();
  await pipeline(zip.outputStream, createWriteStream(filePath));
}

/** Where an entry's (compressed) data starts in the zip file, to damage it on purpose. */
export async function entryDataOffset(filePath: string, name: string): Promise<number> {
  const zip = await openPromise(filePath, { lazyEntries: true, autoClose: false });
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName === name) {
        return (await zip.readLocalFileHeaderPromise(entry, { minimal: true })).fileDataStart;
      }
    }
  } finally {
    zip.close();
  }
  throw new Error(`no entry ${name} in ${filePath}`);
}
