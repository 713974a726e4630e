import 'fake-indexeddb/auto';
import { exportDB } from 'dexie-export-import';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MethodName, RequestOf, ResponseOf } from '../../../../shared/contract';
import { createDatabase, type TrainDeskDatabase } from '../../db';
import type { Platform } from '../../platform';
import { createPerson } from '../people/commands';
import { ctx, employee } from '../people/test-helpers';
import { createBackup, restoreDatabase } from './backup-commands';

// dexie-export-import uses two browser globals Node lacks: `self`, and FileReader to read the
// export back (only readAsArrayBuffer with onload/onerror).
vi.hoisted(() => {
  class NodeFileReader {
    onload: ((ev: { target: { result: ArrayBuffer } }) => void) | null = null;
    onerror: ((ev: { target: { error: unknown } }) => void) | null = null;
    onabort: (() => void) | null = null;
    readAsArrayBuffer(blob: Blob) {
      blob.arrayBuffer().then(
        (result) => this.onload?.({ target: { result } }),
        (error: unknown) => this.onerror?.({ target: { error } }),
      );
    }
  }
  Object.assign(globalThis, { self: globalThis, FileReader: NodeFileReader });
});

const PHOTO = { sha256: 'a'.repeat(64), name: '照片.png', mime: 'image/png', size: 10 };
const CERT = { sha256: 'b'.repeat(64), name: '证书.pdf', mime: 'application/pdf', size: 20 };

/** The main process as the renderer sees it: staging in memory, a backup job that keeps what it got. */
function fakeMain() {
  const staged = new Map<string, Buffer>();
  const started: RequestOf<'backupStart'>[] = [];
  let next = 0;
  const id = () => (next++).toString(16).padStart(32, '0');
  const handlers: { [M in MethodName]?: (req: RequestOf<M>) => ResponseOf<M> } = {
    stageBegin: () => {
      const stagingId = id();
      staged.set(stagingId, Buffer.alloc(0));
      return { stagingId };
    },
    stageAppend: ({ stagingId, data }) => {
      const bytes = Buffer.concat([staged.get(stagingId)!, Buffer.from(data, 'base64')]);
      staged.set(stagingId, bytes);
      return { size: bytes.length };
    },
    stageRead: ({ stagingId, offset, length }) => {
      const bytes = staged.get(stagingId)!;
      return { data: bytes.subarray(offset, offset + length).toString('base64'), size: bytes.length };
    },
    stageDiscard: ({ stagingId }) => {
      staged.delete(stagingId);
      return {};
    },
    backupStart: (req) => {
      started.push(req);
      return { jobId: 'f'.repeat(32) };
    },
    jobStatus: () => ({
      state: 'done',
      done: 1,
      total: 1,
      backup: {
        fileName: 'b.zip',
        createdAt: 1,
        size: 1,
        verified: true,
        kind: 'manual',
        appVersion: '0.1.0',
        schemaVersion: started[0]!.schemaVersion,
        counts: started[0]!.counts,
      },
    }),
  };
  const platform: Platform = {
    kind: 'browser',
    async call(method, request) {
      const handler = handlers[method] as ((r: typeof request) => never) | undefined;
      if (!handler) throw new Error(`unexpected call ${method}`);
      return handler(request);
    },
    attachmentUrl: () => '',
    downloadUrl: () => '',
  };
  return { platform, staged, started };
}

const open: TrainDeskDatabase[] = [];
let n = 0;
async function fresh(version = Infinity) {
  const db = createDatabase(`backup-test-${n++}`, version, { reloadOnVersionChange: false });
  await db.open();
  open.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.delete()));
});

describe('backup and restore of the database', () => {
  it('sends the export with counts and every referenced attachment, and restores identical records', async () => {
    const source = await fresh();
    await createPerson(source, employee({ photo: PHOTO, documents: [CERT] }), ctx());
    await createPerson(source, employee({ employeeNo: 'E002', name: '李娜' }), ctx());
    const main = fakeMain();

    await createBackup(source, main.platform, 'manual');
    const [request] = main.started;
    expect(request).toMatchObject({
      kind: 'manual',
      schemaVersion: source.verno,
      counts: { people: 2, counters: 1 },
    });
    expect([...request!.attachments].sort()).toEqual([PHOTO.sha256, CERT.sha256]);

    const target = await fresh();
    await createPerson(target, employee({ employeeNo: 'X9', name: '将被替换' }), ctx());
    await restoreDatabase(target, main.platform, request!.database, request!.schemaVersion);

    const byId = (db: TrainDeskDatabase) => db.people.orderBy('id').toArray();
    expect(await byId(target)).toEqual(await byId(source));
    expect(await target.counters.toArray()).toEqual(await source.counters.toArray());
  });

  it('upgrades a backup made with an older schema to today’s shape', async () => {
    const old = await fresh(1);
    await old.people.add({ id: 'p1', name: '王芳', del: 0, nameKey: 'wang fang 王芳', noKey: 'E7' } as never);
    const main = fakeMain();
    const stagingId = (await main.platform.call('stageBegin', {})).stagingId;
    const blob = await exportDB(old);
    await main.platform.call('stageAppend', {
      stagingId,
      data: Buffer.from(await blob.arrayBuffer()).toString('base64'),
    });

    const target = await fresh();
    await restoreDatabase(target, main.platform, stagingId, 1);
    expect(await target.people.get('p1')).toMatchObject({ name: '王芳', documents: [], attachmentShas: [] });
  });

  it('refuses a backup from a newer schema before touching anything', async () => {
    const target = await fresh();
    await createPerson(target, employee(), ctx());
    const attempt = restoreDatabase(target, fakeMain().platform, '0'.repeat(32), 999);
    await expect(attempt).rejects.toMatchObject({ code: 'backupTooNew' });
    expect(await target.people.count()).toBe(1);
  });
});
