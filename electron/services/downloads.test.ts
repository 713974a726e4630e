import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../shared/contract';
import { createDownloads, deliverWithSaveDialog } from './downloads';
import { fakeShell, makeTempDir } from './test-support/service-fixture';

let folder: string;

beforeEach(async () => {
  folder = await makeTempDir('downloads');
});

afterEach(async () => {
  await fs.rm(folder, { recursive: true, force: true });
});

describe('delivering a file in the desktop app', () => {
  it('writes it where the save dialog points, through a temp file', async () => {
    const shell = fakeShell();
    shell.savePath = path.join(folder, '花名册.csv');
    const seen: string[] = [];
    const delivery = await deliverWithSaveDialog(shell)('roster.csv', async (tempPath) => {
      seen.push(tempPath);
      await fs.writeFile(tempPath, 'a,b');
    });
    expect(delivery).toEqual({ kind: 'saved', fileName: '花名册.csv' });
    expect(path.dirname(seen[0] ?? '')).toBe(folder);
    expect(seen[0]).not.toBe(shell.savePath);
    expect(await fs.readdir(folder)).toEqual(['花名册.csv']);
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const shell = fakeShell();
    let wrote = false;
    const delivery = await deliverWithSaveDialog(shell)('roster.csv', async () => {
      wrote = true;
    });
    expect(delivery).toEqual({ kind: 'cancelled' });
    expect(wrote).toBe(false);
  });

  it('keeps the old file and leaves no temp file when writing fails', async () => {
    const shell = fakeShell();
    shell.savePath = path.join(folder, 'report.pdf');
    await fs.writeFile(shell.savePath, 'old report');
    const failing = deliverWithSaveDialog(shell)('report.pdf', async (tempPath) => {
      await fs.writeFile(tempPath, 'half');
      throw new Error('disk full');
    });
    await expect(failing).rejects.toThrow('disk full');
    expect(await fs.readdir(folder)).toEqual(['report.pdf']);
    expect(await fs.readFile(shell.savePath, 'utf8')).toBe('old report');
  });

  it('refuses a suggested name that is not a plain file name', async () => {
    const shell = fakeShell();
    await expect(deliverWithSaveDialog(shell)('../x.csv', async () => undefined)).rejects.toMatchObject({
      code: ERROR_CODES.badRequest,
    });
  });
});

describe('delivering a file in browser mode', () => {
  it('keeps it for the bridge to serve under a download id', async () => {
    const downloads = createDownloads(folder);
    const delivery = await downloads.deliver('培训报告.pdf', (target) => fs.writeFile(target, '%PDF'));
    expect(delivery).toMatchObject({ kind: 'download', fileName: '培训报告.pdf' });
    if (delivery.kind !== 'download') throw new Error('expected a download');
    expect(delivery.downloadId).toMatch(/^[0-9a-f]{32}$/);
    expect(await downloads.find(delivery.downloadId)).toEqual({
      path: path.join(folder, 'tmp', 'downloads', delivery.downloadId, '培训报告.pdf'),
      fileName: '培训报告.pdf',
      size: 4,
    });
  });

  it('finds nothing for an unknown or malformed id, or while the file is still being written', async () => {
    const downloads = createDownloads(folder);
    expect(await downloads.find('0'.repeat(32))).toBeNull();
    expect(await downloads.find('../../settings.json')).toBeNull();
    let idWhileWriting = '';
    const delivering = downloads.deliver('a.csv', async (target) => {
      await fs.writeFile(target, 'partial');
      const partialFolder = path.basename(path.dirname(target));
      idWhileWriting = partialFolder.replace(/\.partial$/, '');
      expect(await downloads.find(idWhileWriting)).toBeNull();
    });
    await delivering;
    expect(await downloads.find(idWhileWriting)).not.toBeNull();
  });

  it('leaves nothing behind when writing fails', async () => {
    const downloads = createDownloads(folder);
    await expect(
      downloads.deliver('a.csv', async () => {
        throw new Error('export failed');
      }),
    ).rejects.toThrow('export failed');
    expect(await fs.readdir(path.join(folder, 'tmp', 'downloads'))).toEqual([]);
  });
});
