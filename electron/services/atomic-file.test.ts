import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readJson, writeFileAtomic } from './atomic-file';

let folder: string;

beforeEach(async () => {
  folder = await fs.mkdtemp(path.join(os.tmpdir(), 'traindesk-atomic-'));
});

afterEach(async () => {
  await fs.rm(folder, { recursive: true, force: true });
});

describe('writing a file atomically', () => {
  it('writes the content and leaves no temp file behind', async () => {
    const file = path.join(folder, 'settings.json');
    await writeFileAtomic(file, '{"language":"en"}');
    expect(await fs.readFile(file, 'utf8')).toBe('{"language":"en"}');
    expect(await fs.readdir(folder)).toEqual(['settings.json']);
  });

  it('replaces an existing file whole', async () => {
    const file = path.join(folder, 'notes.txt');
    await writeFileAtomic(file, 'a much longer first version');
    await writeFileAtomic(file, Buffer.from('short'));
    expect(await fs.readFile(file, 'utf8')).toBe('short');
  });

  it('creates the folder on first use', async () => {
    const file = path.join(folder, 'new', 'nested', 'file.txt');
    await writeFileAtomic(file, 'x');
    expect(await fs.readFile(file, 'utf8')).toBe('x');
  });

  it('keeps the old file and cleans up when the rename fails', async () => {
    const target = path.join(folder, 'occupied');
    // A non-empty folder where the file should go makes the rename fail on every platform.
    await fs.mkdir(path.join(target, 'child'), { recursive: true });
    await expect(writeFileAtomic(target, 'data')).rejects.toThrow();
    expect((await fs.stat(target)).isDirectory()).toBe(true);
    expect(await fs.readdir(folder)).toEqual(['occupied']);
  });
});

describe('reading a JSON file with a schema', () => {
  const schema = z.object({ count: z.number() });

  it('gives the validated value', async () => {
    await fs.writeFile(path.join(folder, 'a.json'), '{"count":3,"extra":true}');
    expect(await readJson(path.join(folder, 'a.json'), schema)).toEqual({ count: 3 });
  });

  it('gives undefined for a missing, broken or invalid file', async () => {
    await fs.writeFile(path.join(folder, 'broken.json'), '{"count":');
    await fs.writeFile(path.join(folder, 'invalid.json'), '{"count":"three"}');
    expect(await readJson(path.join(folder, 'missing.json'), schema)).toBeUndefined();
    expect(await readJson(path.join(folder, 'broken.json'), schema)).toBeUndefined();
    expect(await readJson(path.join(folder, 'invalid.json'), schema)).toBeUndefined();
  });

  it('throws when the path cannot be read at all', async () => {
    await fs.mkdir(path.join(folder, 'a-folder.json'));
    await expect(readJson(path.join(folder, 'a-folder.json'), schema)).rejects.toThrow();
  });
});
