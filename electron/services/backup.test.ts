import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../shared/contract';
import { backupFileName } from './backup-folder';
import {
  createFixture,
  fakeShell,
  makeTempDir,
  runBackup,
  stageBytes,
  startBackup,
  waitForJob,
  type Fixture,
  pickLargeAttachment,
} from './test-support/service-fixture';
import { readZip } from './test-support/zip-files';

let dataDir: string;

const sha = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const database = Buffer.from(JSON.stringify({ formatName: 'dexie', data: { tables: ['people'] } }));

beforeEach(async () => {
  dataDir = await makeTempDir('backup');
});

afterEach(async () => {
  await fs.rm(dataDir, { recursive: true, force: true });
});

async function addAttachment(fixture: Fixture, content: string | Buffer, name: string) {
  return fixture.ok('attachmentAddStaged', {
    stagingId: await stageBytes(fixture, Buffer.from(content)),
    name,
    mime: '',
  });
}

const backupsFolder = () => path.join(dataDir, 'backups');

describe('writing a backup', () => {
  it('writes one verified zip of the manifest, the database and the attachments', async () => {
    const createdAt = Date.parse('2024-05-06T07:08:09Z');
    const fixture = await createFixture(dataDir, { now: () => createdAt });
    const slides = await addAttachment(fixture, 'slides', 'slides.pdf');
    const photo = await addAttachment(fixture, Buffer.alloc(3000, 9), 'photo.jpg');

    const status = await runBackup(fixture, {
      database,
      attachments: [slides.sha256, photo.sha256, slides.sha256],
      kind: 'manual',
      schemaVersion: 4,
      counts: { people: 12, courses: 3 },
    });

    const fileName = backupFileName(createdAt, 'manual');
    expect(fileName).toMatch(/^TrainDesk-backup-\d{8}-\d{6}-manual\.zip$/);
    const zipPath = path.join(backupsFolder(), fileName);
    const { size } = await fs.stat(zipPath);
    const summary = {
      fileName,
      createdAt,
      size,
      verified: true,
      kind: 'manual',
      appVersion: '1.2.3',
      schemaVersion: 4,
      counts: { people: 12, courses: 3 },
    };
    expect(status).toEqual({
      state: 'done',
      done: status.total,
      total: 2 * (database.length + 6 + 3000),
      backup: summary,
    });
    expect(await fs.readdir(backupsFolder())).toEqual([fileName]);

    const entries = await readZip(zipPath);
    expect([...entries.keys()].sort()).toEqual(
      [
        'database.json',
        'manifest.json',
        `attachments/${slides.sha256}`,
        `attachments/${photo.sha256}`,
      ].sort(),
    );
    expect(entries.get('database.json')).toEqual(database);
    expect(entries.get(`attachments/${slides.sha256}`)?.toString()).toBe('slides');
    expect(JSON.parse(entries.get('manifest.json')?.toString() ?? '')).toEqual({
      format: 'traindesk-backup',
      formatVersion: 1,
      appVersion: '1.2.3',
      schemaVersion: 4,
      createdAt,
      kind: 'manual',
      counts: { people: 12, courses: 3 },
      parts: [
        { path: 'database.json', sha256: sha(database), size: database.length },
        { path: `attachments/${slides.sha256}`, sha256: slides.sha256, size: 6 },
        { path: `attachments/${photo.sha256}`, sha256: photo.sha256, size: 3000 },
      ],
      missingAttachments: [],
    });
    expect((await fixture.ok('getSettings', {})).lastBackup).toEqual(summary);
  });

  it('lists referenced attachments missing from the store instead of failing', async () => {
    const fixture = await createFixture(dataDir);
    const present = await addAttachment(fixture, 'here', 'here.txt');
    const status = await runBackup(fixture, { database, attachments: [present.sha256, sha('gone')] });
    expect(status.state).toBe('done');
    const entries = await readZip(path.join(backupsFolder(), status.backup?.fileName ?? ''));
    const manifest = JSON.parse(entries.get('manifest.json')?.toString() ?? '');
    expect(manifest.missingAttachments).toEqual([sha('gone')]);
    expect(manifest.parts).toHaveLength(2);
  });

  it('uses up the staged database export', async () => {
    const fixture = await createFixture(dataDir);
    const stagingId = await stageBytes(fixture, database);
    const { jobId } = await fixture.ok('backupStart', {
      database: stagingId,
      schemaVersion: 1,
      counts: {},
      attachments: [],
      kind: 'manual',
    });
    await waitForJob(fixture, jobId);
    expect(await fixture.errorOf('stageRead', { stagingId, offset: 0, length: 1 })).toBe(
      ERROR_CODES.notFound,
    );
  });

  it('refuses to start without a staged database export', async () => {
    const fixture = await createFixture(dataDir);
    const request = {
      database: 'a'.repeat(32),
      schemaVersion: 1,
      counts: {},
      attachments: [],
      kind: 'manual' as const,
    };
    expect(await fixture.errorOf('backupStart', request)).toBe(ERROR_CODES.notFound);
  });

  it('writes to the folder chosen in Settings', async () => {
    const fixture = await createFixture(dataDir);
    const folder = path.join(dataDir, 'usb', 'TrainDesk backups');
    await fixture.ok('updateSettings', { backup: { folder } });
    const status = await runBackup(fixture, { database });
    expect(await fs.readdir(folder)).toEqual([status.backup?.fileName]);
    expect(await fixture.ok('backupList', {})).toMatchObject({
      folder,
      backups: [{ fileName: status.backup?.fileName }],
    });
  });

  it('fails with backupFolderUnusable when the folder went away, and writes nothing', async () => {
    const fixture = await createFixture(dataDir);
    const folder = path.join(dataDir, 'share');
    await fixture.ok('updateSettings', { backup: { folder } });
    // The share now is a file: nothing can be written into it.
    await fs.rm(folder, { recursive: true });
    await fs.writeFile(folder, 'not a folder');
    const status = await runBackup(fixture, { database });
    expect(status).toMatchObject({ state: 'failed', error: { code: ERROR_CODES.backupFolderUnusable } });
    expect((await fixture.ok('getSettings', {})).lastBackup).toBeNull();
  });

  it('gives two backups in the same second different names', async () => {
    const fixture = await createFixture(dataDir, { now: () => Date.parse('2024-05-06T07:08:09Z') });
    const first = await runBackup(fixture, { database });
    const second = await runBackup(fixture, { database });
    expect(second.backup?.fileName).toBe(first.backup?.fileName.replace(/\.zip$/, '-2.zip'));
    expect(await fs.readdir(backupsFolder())).toHaveLength(2);
  });

  it('leaves no file behind when cancelled mid-write', async () => {
    const shell = fakeShell();
    const fixture = await createFixture(dataDir, { shell });
    const big = await pickLargeAttachment(fixture, shell, 'lecture.mp4', 96);
    const jobId = await startBackup(fixture, { database, attachments: [big.sha256] });
    /** Until the job is partway: some bytes written, the temp file on disk. */
    const writingTempFile = async () => {
      for (;;) {
        const status = await fixture.ok('jobStatus', { jobId });
        const names = await fs.readdir(backupsFolder()).catch(() => []);
        const sawTempFile = names.some((name) => name.endsWith('.tmp'));
        if ((status.done > 0 && sawTempFile) || status.state !== 'running') return sawTempFile;
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
    };
    expect(await writingTempFile()).toBe(true);
    await fixture.ok('jobCancel', { jobId });
    expect(await waitForJob(fixture, jobId)).toMatchObject({
      state: 'cancelled',
      error: { code: ERROR_CODES.cancelled },
    });
    expect(await fs.readdir(backupsFolder())).toEqual([]);
    expect((await fixture.ok('getSettings', {})).lastBackup).toBeNull();
  });

  it('answers notFound for a job it does not know', async () => {
    const fixture = await createFixture(dataDir);
    expect(await fixture.errorOf('jobStatus', { jobId: 'b'.repeat(32) })).toBe(ERROR_CODES.notFound);
  });
});

describe('the list of backups', () => {
  it('shows the backups in the folder newest first, from their manifests, skipping other files', async () => {
    let now = Date.parse('2024-05-01T08:00:00Z');
    const fixture = await createFixture(dataDir, { now: () => now });
    await runBackup(fixture, { database, kind: 'manual' });
    now = Date.parse('2024-05-03T08:00:00Z');
    await runBackup(fixture, { database, kind: 'auto' });
    now = Date.parse('2024-05-02T08:00:00Z');
    await runBackup(fixture, { database, kind: 'safety' });
    await fs.writeFile(path.join(backupsFolder(), 'broken.zip'), 'not a zip at all');
    await fs.writeFile(path.join(backupsFolder(), 'notes.txt'), 'hello');

    const { folder, backups } = await fixture.ok('backupList', {});
    expect(folder).toBe(backupsFolder());
    expect(backups.map((b) => [b.kind, b.createdAt, b.verified])).toEqual([
      ['auto', Date.parse('2024-05-03T08:00:00Z'), true],
      ['safety', Date.parse('2024-05-02T08:00:00Z'), true],
      ['manual', Date.parse('2024-05-01T08:00:00Z'), true],
    ]);
  });

  it('is empty when the folder does not exist yet', async () => {
    const fixture = await createFixture(dataDir);
    expect(await fixture.ok('backupList', {})).toEqual({ folder: backupsFolder(), backups: [] });
  });
});

describe('rotating automatic backups', () => {
  it('keeps the newest automatic backup of the last days, and every manual one', async () => {
    let now = Date.parse('2024-06-01T03:00:00Z');
    const fixture = await createFixture(dataDir, { now: () => now });
    await fixture.ok('updateSettings', { backup: { keepDaily: 2, keepWeekly: 0 } });
    await runBackup(fixture, { database, kind: 'manual' });
    for (let day = 0; day < 4; day++) {
      now = Date.parse('2024-06-01T04:00:00Z') + day * 24 * 3600 * 1000;
      await runBackup(fixture, { database, kind: 'auto' });
    }
    const { backups } = await fixture.ok('backupList', {});
    expect(backups.map((b) => [b.kind, new Date(b.createdAt).toISOString().slice(0, 10)])).toEqual([
      ['auto', '2024-06-04'],
      ['auto', '2024-06-03'],
      ['manual', '2024-06-01'],
    ]);
  });
});

describe('choosing and copying backups', () => {
  it('shows the folder dialog in the desktop app only', async () => {
    const shell = fakeShell();
    shell.folder = '/media/usb';
    expect(await (await createFixture(dataDir, { shell })).ok('backupChooseFolder', {})).toEqual({
      folder: '/media/usb',
    });
    expect(await (await createFixture(dataDir)).errorOf('backupChooseFolder', {})).toBe(
      ERROR_CODES.unsupportedHere,
    );
  });

  it('delivers a copy of a listed backup, and nothing else', async () => {
    const fixture = await createFixture(dataDir);
    const { backup } = await runBackup(fixture, { database });
    const fileName = backup?.fileName ?? '';
    const delivery = await fixture.ok('backupSaveCopy', { fileName });
    expect(delivery).toMatchObject({ kind: 'download', fileName });
    await fs.writeFile(path.join(dataDir, 'settings.zip'), 'outside the backup folder');
    for (const name of ['missing.zip', '../settings.zip', 'settings.json']) {
      expect(await fixture.errorOf('backupSaveCopy', { fileName: name })).toMatch(/^(notFound|badRequest)$/);
    }
  });
});
