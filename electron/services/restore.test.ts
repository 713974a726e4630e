import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../shared/contract';
import {
  createFixture,
  fakeShell,
  makeTempDir,
  readStaged,
  runBackup,
  stageBytes,
  type Fixture,
} from './test-support/service-fixture';
import { entryDataOffset, readZip, writeZip } from './test-support/zip-files';

const sha = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const database = Buffer.from(JSON.stringify({ formatName: 'dexie', data: { rows: ['张伟', '李娜'] } }));
const slides = Buffer.from('course slides, version 3');
const video = Buffer.alloc(200_000, 42);

let parent: string;
let backupPath: string;
let restored: Fixture;

beforeEach(async () => {
  parent = await makeTempDir('restore');
  const original = await createFixture(path.join(parent, 'original'));
  const refs = [];
  for (const [content, name] of [
    [slides, 'slides.pdf'],
    [video, 'lecture.mp4'],
  ] as const) {
    const stagingId = await stageBytes(original, content);
    refs.push(await original.ok('attachmentAddStaged', { stagingId, name, mime: '' }));
  }
  const status = await runBackup(original, {
    database,
    attachments: refs.map((ref) => ref.sha256),
    schemaVersion: 3,
    counts: { people: 2 },
  });
  backupPath = path.join(parent, 'original', 'backups', status.backup?.fileName ?? '');
  // A new, empty data folder, as on a replacement computer; the backup arrives in its backup folder.
  restored = await createFixture(path.join(parent, 'restored'));
  await fs.mkdir(path.join(parent, 'restored', 'backups'), { recursive: true });
  await fs.copyFile(backupPath, path.join(parent, 'restored', 'backups', path.basename(backupPath)));
  backupPath = path.join(parent, 'restored', 'backups', path.basename(backupPath));
});

afterEach(async () => {
  await fs.rm(parent, { recursive: true, force: true });
});

const listed = () => ({ kind: 'listed' as const, fileName: path.basename(backupPath) });
const storeFolder = () => path.join(parent, 'restored', 'attachments');

async function storeFiles(): Promise<string[]> {
  const entries = await fs.readdir(storeFolder(), { recursive: true }).catch(() => []);
  return entries.map(String).sort();
}

async function flipByteAt(filePath: string, offset: number): Promise<void> {
  const bytes = await fs.readFile(filePath);
  bytes[offset] = (bytes[offset] ?? 0) ^ 0xff;
  await fs.writeFile(filePath, bytes);
}

/** Rewrites the backup with its entries changed by `edit` (manifest included, as JSON). */
async function rewriteBackup(edit: (entries: Map<string, Buffer>) => void): Promise<void> {
  const entries = await readZip(backupPath);
  edit(entries);
  await fs.rm(backupPath);
  await writeZip(backupPath, entries);
}

function editManifest(
  entries: Map<string, Buffer>,
  change: (manifest: Record<string, unknown>) => void,
): void {
  const manifest = JSON.parse(entries.get('manifest.json')?.toString() ?? '{}');
  change(manifest);
  entries.set('manifest.json', Buffer.from(JSON.stringify(manifest)));
}

describe('restoring a backup on a new computer', () => {
  it('gives back identical attachments and the identical database export', async () => {
    const opened = await restored.ok('restoreOpen', { source: listed(), currentSchemaVersion: 3 });
    expect(opened).toEqual({
      restoreId: expect.stringMatching(/^[0-9a-f]{32}$/),
      backup: expect.objectContaining({
        fileName: path.basename(backupPath),
        verified: true,
        kind: 'manual',
        schemaVersion: 3,
        counts: { people: 2 },
        size: (await fs.stat(backupPath)).size,
      }),
    });
    expect(await storeFiles()).toEqual([]);

    const { database: stagingId } = await restored.ok('restoreApply', { restoreId: opened?.restoreId ?? '' });
    expect(await readStaged(restored, stagingId)).toEqual(database);
    for (const content of [slides, video]) {
      const hash = sha(content);
      expect(await fs.readFile(path.join(storeFolder(), hash.slice(0, 2), hash))).toEqual(content);
    }
    expect((await storeFiles()).filter((name) => name.includes('.incoming'))).toEqual([]);
  });

  it('opens a backup uploaded in pieces (browser mode), and owns it until discarded', async () => {
    const stagingId = await stageBytes(restored, await fs.readFile(backupPath), 64 * 1024);
    const opened = await restored.ok('restoreOpen', {
      source: { kind: 'staged', stagingId },
      currentSchemaVersion: 3,
    });
    expect(opened?.backup.fileName).toBe(path.basename(backupPath));
    const { database: databaseId } = await restored.ok('restoreApply', {
      restoreId: opened?.restoreId ?? '',
    });
    expect(await readStaged(restored, databaseId)).toEqual(database);
    await restored.ok('restoreDiscard', { restoreId: opened?.restoreId ?? '' });
    expect(await fs.readdir(path.join(parent, 'restored', 'tmp', 'restore'))).toEqual([]);
  });

  it('opens a backup picked in the desktop dialog, and answers null when the dialog is cancelled', async () => {
    const shell = fakeShell();
    const desktop = await createFixture(path.join(parent, 'restored'), { shell });
    shell.filesToPick = [backupPath];
    expect(
      await desktop.ok('restoreOpen', { source: { kind: 'pick' }, currentSchemaVersion: 3 }),
    ).toMatchObject({
      backup: { fileName: path.basename(backupPath), verified: true },
    });
    shell.filesToPick = [];
    expect(await desktop.ok('restoreOpen', { source: { kind: 'pick' }, currentSchemaVersion: 3 })).toBeNull();
    expect(await restored.errorOf('restoreOpen', { source: { kind: 'pick' }, currentSchemaVersion: 3 })).toBe(
      ERROR_CODES.unsupportedHere,
    );
  });

  it('forgets a discarded restore', async () => {
    const opened = await restored.ok('restoreOpen', { source: listed(), currentSchemaVersion: 3 });
    await restored.ok('restoreDiscard', { restoreId: opened?.restoreId ?? '' });
    expect(await restored.errorOf('restoreApply', { restoreId: opened?.restoreId ?? '' })).toBe(
      ERROR_CODES.notFound,
    );
  });

  it('restores a backup of an older schema for the app to upgrade', async () => {
    expect(await restored.ok('restoreOpen', { source: listed(), currentSchemaVersion: 7 })).not.toBeNull();
  });
});

describe('refusing a backup that cannot be trusted', () => {
  async function openError(currentSchemaVersion = 3): Promise<string> {
    return restored.errorOf('restoreOpen', { source: listed(), currentSchemaVersion });
  }

  it('catches one flipped byte in an attachment, and leaves the store untouched', async () => {
    await flipByteAt(backupPath, (await entryDataOffset(backupPath, `attachments/${sha(video)}`)) + 1000);
    expect(await openError()).toBe(ERROR_CODES.backupCorrupt);
    expect(await storeFiles()).toEqual([]);
  });

  it('catches one flipped byte in the database export', async () => {
    await flipByteAt(backupPath, (await entryDataOffset(backupPath, 'database.json')) + 5);
    expect(await openError()).toBe(ERROR_CODES.backupCorrupt);
    expect(await storeFiles()).toEqual([]);
  });

  it('catches a flipped byte in the database even when it is stored uncompressed', async () => {
    await rewriteBackup(() => undefined);
    await flipByteAt(backupPath, (await entryDataOffset(backupPath, 'database.json')) + 5);
    expect(await openError()).toBe(ERROR_CODES.backupCorrupt);
  });

  it('catches a damaged manifest', async () => {
    await rewriteBackup(() => undefined);
    await flipByteAt(backupPath, (await entryDataOffset(backupPath, 'manifest.json')) + 40);
    expect(await openError()).toBe(ERROR_CODES.backupCorrupt);
  });

  it('refuses a truncated file', async () => {
    const bytes = await fs.readFile(backupPath);
    await fs.writeFile(backupPath, bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(await openError()).toBe(ERROR_CODES.backupCorrupt);
  });

  it('refuses a file that is not a zip at all', async () => {
    await fs.writeFile(backupPath, 'PK but not really a zip file');
    expect(await openError()).toBe(ERROR_CODES.backupCorrupt);
  });

  it('refuses a zip without our manifest as foreign', async () => {
    await fs.rm(backupPath);
    await writeZip(backupPath, [['photos/beach.jpg', 'jpeg bytes']]);
    expect(await openError()).toBe(ERROR_CODES.backupForeign);
  });

  it("refuses another program's manifest as foreign", async () => {
    await fs.rm(backupPath);
    await writeZip(backupPath, [['manifest.json', JSON.stringify({ format: 'other-app', version: 1 })]]);
    expect(await openError()).toBe(ERROR_CODES.backupForeign);
  });

  it('refuses a backup of a newer schema than the app knows', async () => {
    expect(await openError(2)).toBe(ERROR_CODES.backupTooNew);
  });

  it('refuses a backup in a newer backup format', async () => {
    await rewriteBackup((entries) => editManifest(entries, (manifest) => (manifest.formatVersion = 2)));
    expect(await openError()).toBe(ERROR_CODES.backupTooNew);
  });

  it('refuses an entry the manifest does not list', async () => {
    await rewriteBackup((entries) => entries.set('attachments/extra', Buffer.from('smuggled')));
    expect(await openError()).toBe(ERROR_CODES.backupCorrupt);
  });

  it('refuses a backup with a listed part missing', async () => {
    await rewriteBackup((entries) => entries.delete(`attachments/${sha(slides)}`));
    expect(await openError()).toBe(ERROR_CODES.backupCorrupt);
  });

  it('refuses a part whose size differs from the manifest', async () => {
    await rewriteBackup((entries) =>
      editManifest(entries, (manifest) => {
        const parts = manifest.parts as { path: string; size: number }[];
        const part = parts.find((p) => p.path === 'database.json');
        if (part) part.size += 1;
      }),
    );
    expect(await openError()).toBe(ERROR_CODES.backupCorrupt);
  });

  it('refuses an attachment stored under a name that is not its hash', async () => {
    const wrongName = `attachments/${sha('something else')}`;
    await rewriteBackup((entries) => {
      const content = entries.get(`attachments/${sha(slides)}`) ?? Buffer.alloc(0);
      entries.delete(`attachments/${sha(slides)}`);
      entries.set(wrongName, content);
      editManifest(entries, (manifest) => {
        const parts = manifest.parts as { path: string }[];
        const part = parts.find((p) => p.path === `attachments/${sha(slides)}`);
        if (part) part.path = wrongName;
      });
    });
    expect(await openError()).toBe(ERROR_CODES.backupCorrupt);
  });

  it('refuses a name that climbs out of the backup folder', async () => {
    for (const fileName of ['../../original/settings.zip', '..']) {
      const code = await restored.errorOf('restoreOpen', {
        source: { kind: 'listed', fileName },
        currentSchemaVersion: 3,
      });
      expect(code).toMatch(/^(badRequest|notFound)$/);
    }
  });

  it('checks again while restoring, and changes nothing when the file was damaged after it was opened', async () => {
    const opened = await restored.ok('restoreOpen', { source: listed(), currentSchemaVersion: 3 });
    await flipByteAt(backupPath, (await entryDataOffset(backupPath, `attachments/${sha(video)}`)) + 10);
    expect(await restored.errorOf('restoreApply', { restoreId: opened?.restoreId ?? '' })).toBe(
      ERROR_CODES.backupCorrupt,
    );
    expect(await storeFiles()).toEqual([]);
    expect(await fs.readdir(path.join(parent, 'restored', 'tmp', 'staging'))).toEqual([]);
  });
});
