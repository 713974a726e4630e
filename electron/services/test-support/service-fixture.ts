import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type {
  AttachmentRef,
  Envelope,
  JobStatus,
  MethodName,
  RequestOf,
  ResponseOf,
} from '../../../shared/contract';
import { createServiceRuntime, dispatch, type ServiceContext, type ServiceRuntime } from '../index';
import type { NativeShell } from '../ports';

/**
 * Services on a fresh temp data folder, called through `dispatch` so every request and answer is
 * checked against the contract as in the app. For tests only.
 */
export type Fixture = ServiceRuntime & {
  dataDir: string;
  call<M extends MethodName>(method: M, request: RequestOf<M>): Promise<Envelope<ResponseOf<M>>>;
  /** Calls and unwraps, failing the test with the error code when the call was refused. */
  ok<M extends MethodName>(method: M, request: RequestOf<M>): Promise<ResponseOf<M>>;
  /** The error code of a call expected to be refused. */
  errorOf<M extends MethodName>(method: M, request: RequestOf<M>): Promise<string>;
};

export async function makeTempDir(prefix: string): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), `traindesk-${prefix}-`));
}

export async function createFixture(
  dataDir: string,
  overrides: Partial<ServiceContext> = {},
): Promise<Fixture> {
  const runtime = createServiceRuntime({
    dataDir,
    version: '1.2.3',
    mode: overrides.shell ? 'electron' : 'browser',
    osLocale: 'zh-CN',
    platform: 'linux',
    userName: 'li.wei',
    openExternal: async () => false,
    shell: null,
    ...overrides,
  });
  const call = async <M extends MethodName>(method: M, request: RequestOf<M>) =>
    (await dispatch(runtime.services, method, request)) as Envelope<ResponseOf<M>>;
  return {
    ...runtime,
    dataDir,
    call,
    async ok(method, request) {
      const envelope = await call(method, request);
      if (!envelope.ok)
        throw new Error(`${method} refused: ${envelope.error.code}: ${envelope.error.message}`);
      return envelope.data;
    },
    async errorOf(method, request) {
      const envelope = await call(method, request);
      if (envelope.ok)
        throw new Error(`${method} was expected to fail but answered ${JSON.stringify(envelope.data)}`);
      return envelope.error.code;
    },
  };
}

/** Stages bytes the way the renderer does: one base64 piece per call. */
export async function stageBytes(
  fixture: Fixture,
  bytes: Uint8Array,
  pieceSize = 1024 * 1024,
): Promise<string> {
  const { stagingId } = await fixture.ok('stageBegin', {});
  for (let offset = 0; offset < bytes.length; offset += pieceSize) {
    const data = Buffer.from(bytes.subarray(offset, offset + pieceSize)).toString('base64');
    await fixture.ok('stageAppend', { stagingId, data });
  }
  return stagingId;
}

export async function readStaged(fixture: Fixture, stagingId: string): Promise<Buffer> {
  const pieces: Buffer[] = [];
  for (let offset = 0; ;) {
    const { data, size } = await fixture.ok('stageRead', { stagingId, offset, length: 1024 * 1024 });
    const piece = Buffer.from(data, 'base64');
    pieces.push(piece);
    offset += piece.length;
    if (offset >= size || piece.length === 0) return Buffer.concat(pieces);
  }
}

export async function waitForJob(fixture: Fixture, jobId: string): Promise<JobStatus> {
  for (;;) {
    const status = await fixture.ok('jobStatus', { jobId });
    if (status.state !== 'running') return status;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export type BackupInput = {
  database: Uint8Array;
  attachments?: string[];
  kind?: 'manual' | 'auto' | 'safety';
  schemaVersion?: number;
  counts?: Record<string, number>;
};

export async function startBackup(fixture: Fixture, input: BackupInput): Promise<string> {
  const database = await stageBytes(fixture, input.database);
  const { jobId } = await fixture.ok('backupStart', {
    database,
    schemaVersion: input.schemaVersion ?? 3,
    counts: input.counts ?? { people: 2 },
    attachments: input.attachments ?? [],
    kind: input.kind ?? 'manual',
  });
  return jobId;
}

export async function runBackup(fixture: Fixture, input: BackupInput): Promise<JobStatus> {
  return waitForJob(fixture, await startBackup(fixture, input));
}

/** A NativeShell whose dialogs answer what the test set, and which records what it was asked. */
export type FakeShell = NativeShell & {
  filesToPick: string[];
  savePath: string | null;
  folder: string | null;
  opened: string[];
};

export function fakeShell(): FakeShell {
  const shell: FakeShell = {
    filesToPick: [],
    savePath: null,
    folder: null,
    opened: [],
    pickFiles: async () => shell.filesToPick,
    pickSavePath: async () => shell.savePath,
    pickFolder: async () => shell.folder,
    openPath: async (absolutePath) => {
      shell.opened.push(absolutePath);
      return true;
    },
    printRouteToPdf: async () => new Uint8Array(Buffer.from('%PDF-1.7\n')),
  };
  return shell;
}

/**
 * Stores a large file as the desktop app's file dialog would hand it over: picked rather than
 * uploaded, since tens of megabytes in base64 pieces would only slow a test down.
 */
export async function pickLargeAttachment(
  fixture: Fixture,
  shell: FakeShell,
  fileName: string,
  megabytes: number,
): Promise<AttachmentRef> {
  const file = path.join(fixture.dataDir, fileName);
  await fs.writeFile(file, Buffer.alloc(megabytes * 1024 * 1024, 7));
  shell.filesToPick = [file];
  const [picked] = (await fixture.ok('attachmentPick', {})).attachments;
  if (picked === undefined) throw new Error('nothing was picked');
  return picked;
}
