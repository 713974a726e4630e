import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../shared/contract';
import { createAttachmentStore, type AttachmentStore } from './attachment-store';

let parent: string;
let store: AttachmentStore;

const sha = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

beforeEach(async () => {
  parent = await fs.mkdtemp(path.join(os.tmpdir(), 'traindesk-store-'));
  store = createAttachmentStore(path.join(parent, 'attachments'));
});

afterEach(async () => {
  await fs.rm(parent, { recursive: true, force: true });
});

async function sourceFile(name: string, content: string | Buffer): Promise<string> {
  const filePath = path.join(parent, name);
  await fs.writeFile(filePath, content);
  return filePath;
}

/** Every file under the store, as paths relative to it. */
async function storeContents(): Promise<string[]> {
  const entries = await fs.readdir(store.root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(store.root, path.join(entry.parentPath, entry.name)))
    .sort();
}

describe('the content-addressed attachment store', () => {
  it('stores a file under its SHA-256, in a folder named by the first two hex digits', async () => {
    const stored = await store.putFile(await sourceFile('a.pdf', 'course slides'));
    expect(stored).toEqual({ sha256: sha('course slides'), size: 13 });
    const expectedPath = path.join(store.root, stored.sha256.slice(0, 2), stored.sha256);
    expect(store.pathOf(stored.sha256)).toBe(expectedPath);
    expect(await fs.readFile(expectedPath, 'utf8')).toBe('course slides');
    expect(await storeContents()).toEqual([path.join(stored.sha256.slice(0, 2), stored.sha256)]);
  });

  it('stores the same content once, whatever it was called', async () => {
    await store.putFile(await sourceFile('a.pdf', 'same bytes'));
    await store.putFile(await sourceFile('b.pdf', 'same bytes'));
    await Promise.all([
      store.putFile(await sourceFile('c.pdf', 'same bytes')),
      store.putFile(await sourceFile('d.pdf', 'same bytes')),
    ]);
    expect(await storeContents()).toHaveLength(1);
    expect(await store.list()).toEqual([{ sha256: sha('same bytes'), size: 10 }]);
  });

  it('refuses a file over the size limit and keeps nothing of it', async () => {
    const source = await sourceFile('big.bin', Buffer.alloc(2048, 1));
    await expect(store.putFile(source, { maxBytes: 1024 })).rejects.toMatchObject({
      code: ERROR_CODES.fileTooLarge,
    });
    expect(await storeContents()).toEqual([]);
  });

  it('keeps nothing when the content is not what was expected', async () => {
    const mismatch = new Error('mismatch');
    const receiving = store.receive(Readable.from([Buffer.from('not the expected bytes')]), {
      expected: { sha256: sha('expected'), size: 22, onMismatch: () => mismatch },
    });
    await expect(receiving).rejects.toBe(mismatch);
    expect(await storeContents()).toEqual([]);
  });

  it('makes received content visible only on commit, and leaves nothing on discard', async () => {
    const incoming = await store.receive(Readable.from([Buffer.from('part one '), Buffer.from('part two')]));
    expect(incoming.sha256).toBe(sha('part one part two'));
    expect(await store.sizeOf(incoming.sha256)).toBeNull();
    await incoming.commit();
    expect(await store.sizeOf(incoming.sha256)).toBe(17);

    const dropped = await store.receive(Readable.from([Buffer.from('dropped')]));
    await dropped.discard();
    expect(await store.sizeOf(dropped.sha256)).toBeNull();
    expect(await storeContents()).toHaveLength(1);
  });

  it.each([
    ['a climb out of the store', '../../../../etc/passwd'],
    ['a hash with a parent segment', `../${'a'.repeat(61)}`],
    ['upper-case hex', 'A'.repeat(64)],
    ['a short hash', 'abc123'],
    ['a hash with a slash', `${'a'.repeat(31)}/${'a'.repeat(32)}`],
    ['an absolute path', `/${'a'.repeat(63)}`],
  ])('refuses %s as a content address', async (_case, address) => {
    expect(() => store.pathOf(address)).toThrow(expect.objectContaining({ code: ERROR_CODES.badRequest }));
    await expect(store.sizeOf(address)).rejects.toMatchObject({ code: ERROR_CODES.badRequest });
  });

  it('lists only stored files, not temp files or strays', async () => {
    const stored = await store.putFile(await sourceFile('a.txt', 'kept'));
    await fs.writeFile(path.join(store.root, '.incoming-0011.tmp'), 'half');
    await fs.writeFile(path.join(store.root, stored.sha256.slice(0, 2), 'notes.txt'), 'stray');
    await fs.mkdir(path.join(store.root, 'zz'));
    expect(await store.list()).toEqual([{ sha256: stored.sha256, size: 4 }]);
  });

  it('removes temp files of a crashed write once they are a day old', async () => {
    await fs.mkdir(store.root, { recursive: true });
    const stale = path.join(store.root, '.incoming-old.tmp');
    await fs.writeFile(stale, 'half');
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000);
    await fs.utimes(stale, twoDaysAgo, twoDaysAgo);
    await fs.writeFile(path.join(store.root, '.incoming-new.tmp'), 'in progress');
    await store.removeStaleIncoming(Date.now());
    expect(await fs.readdir(store.root)).toEqual(['.incoming-new.tmp']);
  });
});
