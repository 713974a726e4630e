import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
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

describe('a write interrupted by a crash', () => {
  /** Runs in a child process: the real writeFileAtomic, bundled, writing a large file. */
  const CHILD_SCRIPT = `
    const { writeFileAtomic } = require(process.argv[1]);
    writeFileAtomic(process.argv[2], Buffer.alloc(128 * 1024 * 1024, 0xab));
  `;

  async function waitForPartialTempFile(dataFolder: string, target: string): Promise<string> {
    for (;;) {
      for (const name of await fs.readdir(dataFolder)) {
        if (name === path.basename(target)) continue;
        const stat = await fs.stat(path.join(dataFolder, name)).catch(() => null);
        if (stat !== null && stat.size > 0) return name;
      }
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
  }

  it('leaves the old file whole when the writing process is killed mid-write', async () => {
    const bundle = path.join(folder, 'atomic-file.cjs');
    await build({
      entryPoints: [fileURLToPath(new URL('./atomic-file.ts', import.meta.url))],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      outfile: bundle,
      logLevel: 'silent',
    });
    const dataFolder = path.join(folder, 'data');
    const target = path.join(dataFolder, 'database-export.json');
    const oldBytes = randomBytes(256 * 1024);
    await fs.mkdir(dataFolder);
    await fs.writeFile(target, oldBytes);

    const child = spawn(process.execPath, ['-e', CHILD_SCRIPT, bundle, target], { stdio: 'ignore' });
    const exited = once(child, 'exit');
    const tempName = await waitForPartialTempFile(dataFolder, target);
    child.kill('SIGKILL');
    const [, signal] = await exited;

    expect(signal).toBe('SIGKILL');
    // The kill landed mid-write: the temp file holds part of the new content, not all of it.
    expect((await fs.stat(path.join(dataFolder, tempName))).size).toBeLessThan(128 * 1024 * 1024);
    expect(await fs.readFile(target)).toEqual(oldBytes);
    expect((await fs.readdir(dataFolder)).sort()).toEqual([path.basename(target), tempName].sort());
    expect(tempName).toMatch(/^\.database-export\.json\.[0-9a-f]{12}\.tmp$/);
  }, 30_000);
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
