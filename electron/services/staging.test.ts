import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../shared/contract';
import { createStaging, stagingFolder } from './staging';

let dataDir: string;

beforeEach(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'traindesk-staging-'));
});

afterEach(async () => {
  await fs.rm(dataDir, { recursive: true, force: true });
});

const b64 = (text: string) => Buffer.from(text).toString('base64');

describe('staging files a piece at a time', () => {
  it('appends pieces and reads them back in ranges', async () => {
    const staging = createStaging(dataDir);
    const { stagingId } = await staging.begin();
    expect(stagingId).toMatch(/^[0-9a-f]{32}$/);
    expect(await staging.append(stagingId, b64('hello '))).toEqual({ size: 6 });
    expect(await staging.append(stagingId, b64('world'))).toEqual({ size: 11 });
    const all = await staging.read(stagingId, 0, 100);
    expect(Buffer.from(all.data, 'base64').toString()).toBe('hello world');
    expect(all.size).toBe(11);
    expect(Buffer.from((await staging.read(stagingId, 6, 3)).data, 'base64').toString()).toBe('wor');
    expect(await staging.read(stagingId, 50, 10)).toEqual({ data: '', size: 11 });
    expect(staging.pathOf(stagingId)).toBe(path.join(stagingFolder(dataDir), stagingId));
  });

  it('keeps binary bytes exact', async () => {
    const staging = createStaging(dataDir);
    const { stagingId } = await staging.begin();
    const bytes = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
    await staging.append(stagingId, bytes.toString('base64'));
    expect(Buffer.from((await staging.read(stagingId, 0, 1000)).data, 'base64')).toEqual(bytes);
  });

  it('answers notFound for an id it never gave, and never creates a file for it', async () => {
    const staging = createStaging(dataDir);
    const unknown = '0'.repeat(32);
    for (const attempt of [
      () => staging.append(unknown, b64('x')),
      () => staging.read(unknown, 0, 1),
      async () => staging.pathOf(unknown),
      async () => staging.pathOf('../../settings.json'),
    ]) {
      await expect(attempt()).rejects.toMatchObject({ code: ERROR_CODES.notFound });
    }
    await expect(fs.readdir(stagingFolder(dataDir))).rejects.toThrow();
  });

  it('refuses a piece cut inside a base64 group', async () => {
    const staging = createStaging(dataDir);
    const { stagingId } = await staging.begin();
    await expect(staging.append(stagingId, 'aGVsbG')).rejects.toMatchObject({ code: ERROR_CODES.badRequest });
  });

  it('forgets a discarded file, and discarding twice is harmless', async () => {
    const staging = createStaging(dataDir);
    const { stagingId } = await staging.begin();
    await staging.discard(stagingId);
    await staging.discard(stagingId);
    expect(() => staging.pathOf(stagingId)).toThrow();
  });

  it('removes staged files older than a day at start, and keeps recent ones', async () => {
    const staging = createStaging(dataDir);
    const old = await staging.begin();
    const recent = await staging.begin();
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000);
    await fs.utimes(staging.pathOf(old.stagingId), twoDaysAgo, twoDaysAgo);
    await staging.removeStale(Date.now());
    expect(await fs.readdir(stagingFolder(dataDir))).toEqual([recent.stagingId]);
  });
});
