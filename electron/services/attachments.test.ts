import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ERROR_CODES, type AttachmentRef } from '../../shared/contract';
import { mimeTypeFor, runsWhenOpened } from './attachments';
import {
  createFixture,
  fakeShell,
  makeTempDir,
  readStaged,
  stageBytes,
  startBackup,
  waitForJob,
  type Fixture,
  pickLargeAttachment,
} from './test-support/service-fixture';

let dataDir: string;

const sha = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

beforeEach(async () => {
  dataDir = await makeTempDir('attachments');
});

afterEach(async () => {
  await fs.rm(dataDir, { recursive: true, force: true });
});

async function addAttachment(fixture: Fixture, content: string | Buffer, name: string, mime = '') {
  const stagingId = await stageBytes(fixture, Buffer.from(content));
  return fixture.ok('attachmentAddStaged', { stagingId, name, mime });
}

const storedPath = (hash: string) => path.join(dataDir, 'attachments', hash.slice(0, 2), hash);

describe('adding attachments', () => {
  it('stores staged bytes once, under their hash, and describes them', async () => {
    const fixture = await createFixture(dataDir);
    const ref = await addAttachment(fixture, 'slides', '第一课.pdf');
    expect(ref).toEqual({ sha256: sha('slides'), name: '第一课.pdf', mime: 'application/pdf', size: 6 });
    expect(await fs.readFile(storedPath(ref.sha256), 'utf8')).toBe('slides');
    const again = await addAttachment(fixture, 'slides', 'copy.pdf', 'application/pdf');
    expect(again.sha256).toBe(ref.sha256);
    expect(await fs.readdir(path.join(dataDir, 'attachments', ref.sha256.slice(0, 2)))).toEqual([ref.sha256]);
  });

  it('uses up the staged file', async () => {
    const fixture = await createFixture(dataDir);
    const stagingId = await stageBytes(fixture, Buffer.from('x'));
    await fixture.ok('attachmentAddStaged', { stagingId, name: 'x.txt', mime: 'text/plain' });
    expect(await fixture.errorOf('stageRead', { stagingId, offset: 0, length: 1 })).toBe(
      ERROR_CODES.notFound,
    );
  });

  it('refuses a file over the limit set in Settings, and stores nothing', async () => {
    const fixture = await createFixture(dataDir);
    await fixture.ok('updateSettings', { attachmentMaxMb: 1 });
    const stagingId = await stageBytes(fixture, Buffer.alloc(1024 * 1024 + 1));
    expect(await fixture.errorOf('attachmentAddStaged', { stagingId, name: 'big.bin', mime: '' })).toBe(
      ERROR_CODES.fileTooLarge,
    );
    expect(await fs.readdir(path.join(dataDir, 'attachments')).catch(() => [])).toEqual([]);
  });

  it.each([
    ['a climb out of the folder', '../../settings.json'],
    ['a folder in the name', 'a/b.pdf'],
    ['a Windows path', '..\\evil.exe'],
    ['a disguised extension', 'invoice\u202efdp.exe'],
    ['a Windows device name', 'CON.txt'],
  ])('refuses a name with %s', async (_case, name) => {
    const fixture = await createFixture(dataDir);
    const stagingId = await stageBytes(fixture, Buffer.from('x'));
    expect(await fixture.errorOf('attachmentAddStaged', { stagingId, name, mime: '' })).toBe(
      ERROR_CODES.badRequest,
    );
  });

  it('takes the type the browser gave, or guesses it from the extension', () => {
    expect(mimeTypeFor('a.bin', 'image/png')).toBe('image/png');
    expect(mimeTypeFor('a.docx', '')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(mimeTypeFor('a.unknownext', 'not a type')).toBe('application/octet-stream');
  });

  it('stores files picked in the desktop dialog', async () => {
    const shell = fakeShell();
    const fixture = await createFixture(dataDir, { shell });
    const picked = path.join(dataDir, '..', `${path.basename(dataDir)}-pick.xlsx`);
    await fs.writeFile(picked, 'sheet');
    shell.filesToPick = [picked];
    try {
      expect(await fixture.ok('attachmentPick', {})).toEqual({
        attachments: [
          {
            sha256: sha('sheet'),
            name: path.basename(picked),
            mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            size: 5,
          },
        ],
      });
      shell.filesToPick = [];
      expect(await fixture.ok('attachmentPick', {})).toEqual({ attachments: [] });
    } finally {
      await fs.rm(picked, { force: true });
    }
  });

  it('has no file dialog in browser mode', async () => {
    const fixture = await createFixture(dataDir);
    expect(await fixture.errorOf('attachmentPick', {})).toBe(ERROR_CODES.unsupportedHere);
  });
});

describe('opening and saving attachments', () => {
  it('opens a copy under the attachment name with the OS', async () => {
    const shell = fakeShell();
    const fixture = await createFixture(dataDir, { shell });
    const ref = await addAttachment(fixture, 'minutes', '会议纪要.docx');
    expect(await fixture.ok('attachmentOpen', { attachment: ref })).toEqual({ opened: true });
    const copy = path.join(dataDir, 'tmp', 'open', ref.sha256, '会议纪要.docx');
    expect(shell.opened).toEqual([copy]);
    expect(await fs.readFile(copy, 'utf8')).toBe('minutes');
    expect(await fixture.ok('attachmentOpen', { attachment: ref })).toEqual({ opened: true });
  });

  it('never opens programs or scripts, which would run', async () => {
    const shell = fakeShell();
    const fixture = await createFixture(dataDir, { shell });
    const ref = await addAttachment(fixture, 'MZ', 'setup.exe');
    expect(await fixture.ok('attachmentOpen', { attachment: ref })).toEqual({ opened: false });
    expect(shell.opened).toEqual([]);
    expect(runsWhenOpened('Report.PDF')).toBe(false);
    expect(runsWhenOpened('run.BAT')).toBe(true);
  });

  it('opens nothing in browser mode', async () => {
    const fixture = await createFixture(dataDir);
    const ref = await addAttachment(fixture, 'a', 'a.pdf');
    expect(await fixture.ok('attachmentOpen', { attachment: ref })).toEqual({ opened: false });
  });

  it('refuses an attachment whose file is not in the store', async () => {
    const fixture = await createFixture(dataDir, { shell: fakeShell() });
    const ghost: AttachmentRef = {
      sha256: sha('ghost'),
      name: 'ghost.pdf',
      mime: 'application/pdf',
      size: 5,
    };
    expect(await fixture.errorOf('attachmentOpen', { attachment: ghost })).toBe(ERROR_CODES.notFound);
    expect(await fixture.errorOf('attachmentSaveCopy', { attachment: ghost })).toBe(ERROR_CODES.notFound);
  });

  it.each([
    ['a climbing name', { name: '../../../evil.txt' }],
    ['an absolute name', { name: '/etc/cron.d/evil' }],
    ['a hash that climbs', { sha256: `../../${'a'.repeat(58)}` }],
  ])('refuses %s before touching the disk', async (_case, change) => {
    const shell = fakeShell();
    const fixture = await createFixture(dataDir, { shell });
    const ref = await addAttachment(fixture, 'a', 'a.pdf');
    const bad = { ...ref, ...change };
    expect(await fixture.errorOf('attachmentOpen', { attachment: bad })).toBe(ERROR_CODES.badRequest);
    expect(await fixture.errorOf('attachmentSaveCopy', { attachment: bad })).toBe(ERROR_CODES.badRequest);
    expect(shell.opened).toEqual([]);
  });

  it('saves a copy where the user points the save dialog', async () => {
    const shell = fakeShell();
    const fixture = await createFixture(dataDir, { shell });
    const ref = await addAttachment(fixture, 'roster', '名单.xlsx');
    shell.savePath = path.join(dataDir, 'saved', '名单 (copy).xlsx');
    await fs.mkdir(path.dirname(shell.savePath));
    expect(await fixture.ok('attachmentSaveCopy', { attachment: ref })).toEqual({
      kind: 'saved',
      fileName: '名单 (copy).xlsx',
    });
    expect(await fs.readFile(shell.savePath, 'utf8')).toBe('roster');
    expect(await fs.readdir(path.dirname(shell.savePath))).toEqual(['名单 (copy).xlsx']);
    shell.savePath = null;
    expect(await fixture.ok('attachmentSaveCopy', { attachment: ref })).toEqual({ kind: 'cancelled' });
  });

  it('offers a download in browser mode', async () => {
    const fixture = await createFixture(dataDir);
    const ref = await addAttachment(fixture, 'roster', '名单.xlsx');
    const delivery = await fixture.ok('attachmentSaveCopy', { attachment: ref });
    expect(delivery).toMatchObject({ kind: 'download', fileName: '名单.xlsx' });
    const response =
      delivery.kind === 'download'
        ? await fixture.files.get(`/downloads/${delivery.downloadId}`, new URLSearchParams(), undefined)
        : null;
    expect(response?.body?.path).toBe(
      path.join(
        dataDir,
        'tmp',
        'downloads',
        delivery.kind === 'download' ? delivery.downloadId : '',
        '名单.xlsx',
      ),
    );
  });
});

describe('collecting garbage in the attachment store', () => {
  it('counts unreferenced files, and removes them only when asked', async () => {
    const fixture = await createFixture(dataDir);
    const kept = await addAttachment(fixture, 'kept', 'kept.pdf');
    const orphan = await addAttachment(fixture, 'orphan file', 'orphan.pdf');
    const request = { referenced: [kept.sha256], remove: false };
    expect(await fixture.ok('attachmentCollectGarbage', request)).toEqual({
      files: 1,
      bytes: 11,
      removed: false,
    });
    await expect(fs.access(storedPath(orphan.sha256))).resolves.toBeUndefined();

    expect(await fixture.ok('attachmentCollectGarbage', { ...request, remove: true })).toEqual({
      files: 1,
      bytes: 11,
      removed: true,
    });
    await expect(fs.access(storedPath(orphan.sha256))).rejects.toThrow();
    expect(await fs.readFile(storedPath(kept.sha256), 'utf8')).toBe('kept');
  });

  it('keeps a file that a running backup still reads', async () => {
    const shell = fakeShell();
    const fixture = await createFixture(dataDir, { shell });
    // Large, so the backup is still reading it while garbage is collected.
    const inBackup = await pickLargeAttachment(fixture, shell, 'video.mp4', 48);
    const orphan = await addAttachment(fixture, 'orphan', 'orphan.pdf');
    const jobId = await startBackup(fixture, { database: Buffer.from('{}'), attachments: [inBackup.sha256] });
    const collected = await fixture.ok('attachmentCollectGarbage', { referenced: [], remove: true });
    expect((await fixture.ok('jobStatus', { jobId })).state).toBe('running');
    expect(collected).toEqual({ files: 1, bytes: 6, removed: true });
    await expect(fs.access(storedPath(inBackup.sha256))).resolves.toBeUndefined();
    await expect(fs.access(storedPath(orphan.sha256))).rejects.toThrow();

    expect(await waitForJob(fixture, jobId)).toMatchObject({ state: 'done' });
    expect(await fixture.ok('attachmentCollectGarbage', { referenced: [], remove: false })).toMatchObject({
      files: 1,
    });
  });

  it('reads nothing staged as garbage', async () => {
    const fixture = await createFixture(dataDir);
    const stagingId = await stageBytes(fixture, Buffer.from('upload in progress'));
    expect(await fixture.ok('attachmentCollectGarbage', { referenced: [], remove: true })).toMatchObject({
      files: 0,
    });
    expect((await readStaged(fixture, stagingId)).toString()).toBe('upload in progress');
  });
});
