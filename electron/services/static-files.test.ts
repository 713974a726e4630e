import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentTypeFor, readStaticFile } from './static-files';

let parent: string;
let root: string;

beforeAll(async () => {
  parent = await fs.mkdtemp(path.join(os.tmpdir(), 'traindesk-static-'));
  root = path.join(parent, 'renderer');
  await fs.mkdir(path.join(root, 'assets'), { recursive: true });
  await fs.writeFile(path.join(root, 'index.html'), '<!doctype html><title>TrainDesk</title>');
  await fs.writeFile(path.join(root, 'assets', 'index-1a2b.js'), 'console.log(1)');
  await fs.writeFile(path.join(parent, 'secret.txt'), 'secret');
  await fs.symlink(path.join(parent, 'secret.txt'), path.join(root, 'assets', 'link.txt'));
});

afterAll(async () => {
  await fs.rm(parent, { recursive: true, force: true });
});

describe('serving the built renderer', () => {
  it('serves index.html for the root', async () => {
    const file = await readStaticFile(root, '/');
    expect(file?.body.toString()).toContain('<title>TrainDesk</title>');
    expect(file?.contentType).toBe('text/html; charset=utf-8');
  });

  it('serves assets with a JavaScript type, so module scripts load', async () => {
    const file = await readStaticFile(root, '/assets/index-1a2b.js');
    expect(file?.body.toString()).toBe('console.log(1)');
    expect(file?.contentType).toBe('text/javascript; charset=utf-8');
  });

  it.each([
    ['a missing file', '/assets/missing.js'],
    ['a folder', '/assets'],
    ['an encoded parent segment', '/%2e%2e/secret.txt'],
    ['an encoded slash after a parent segment', '/..%2fsecret.txt'],
    ['a double-encoded parent', '/%252e%252e/secret.txt'],
    ['a broken escape', '/%E0%A4%A'],
    ['a symlink pointing out of the folder', '/assets/link.txt'],
    ['an encoded backslash', '/..%5csecret.txt'],
  ])('gives nothing for %s', async (_case, pathname) => {
    expect(await readStaticFile(root, pathname)).toBeNull();
  });

  it('falls back to a neutral type for unknown extensions', () => {
    expect(contentTypeFor('file.xyz')).toBe('application/octet-stream');
    expect(contentTypeFor('FONT.WOFF2')).toBe('font/woff2');
  });
});
