/**
 * The scenarios with files (README.md): people.importXlsx and backup.largeDepartment. This is their
 * Node side: the XLSX written with exceljs' streaming writer, attachments stored through the
 * bridge's contract, the plain-copy baselines, and the renderer's JS heap sampled over CDP. The
 * work inside Chromium is in harness.ts (importPeopleFile, backupDatabase, restoreBackup).
 */
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const MB = 1_000_000;
/** The bridge's request body limit (electron/bridge.ts MAX_BODY_BYTES). */
const BRIDGE_BODY_BYTES = 1024 * 1024;
/** The largest base64 piece that fits in that body with its JSON around it (a multiple of 4). */
const BRIDGE_PIECE_CHARS = 1_000_000;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const round = (x, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
const mbPerSecond = (bytes, ms) => round(bytes / MB / (ms / 1000), 1);

/** Nearest-rank median, as the rest of the suite reports p50. */
function p50(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(sorted.length / 2) - 1)];
}

/**
 * Writes everything the kernel holds dirty to disk, so that one measurement does not pay for the
 * write-back of the one before (the backup and the restore flush their files; a plain copy does not).
 */
const settleDisk = () => execFileSync('sync');

// ---------------------------------------------------------------------------------------------
// The bridge's contract from Node

/** Calls the bridge's API as the page does: POST /api/<method> with the token of its URL. */
export function bridgeClient(bridgeUrl) {
  const url = new URL(bridgeUrl);
  const token = url.searchParams.get('token') ?? '';
  async function call(method, request) {
    const response = await fetch(`${url.origin}/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(request),
    });
    const envelope = await response.json().catch(() => null);
    if (!envelope?.ok) {
      const error = envelope?.error ?? { code: `HTTP ${response.status}`, message: '' };
      throw new Error(`${method}: ${error.code}: ${error.message}`);
    }
    return envelope.data;
  }
  return { token, call };
}

/**
 * Whether the bridge takes one stageAppend of a whole upload piece (STAGE_CHUNK_BYTES, as uploadBlob
 * sends it). When it does not, the harness splits the pieces (harness.ts tracedPlatform) and the
 * report says so: browser mode cannot upload a file of more than one piece without it.
 */
export async function probeUploadPiece(client, chunkBytes) {
  const { stagingId } = await client.call('stageBegin', {});
  try {
    await client.call('stageAppend', { stagingId, data: Buffer.alloc(chunkBytes).toString('base64') });
    return { acceptsWholePiece: true, pieceChars: null };
  } catch (error) {
    return {
      acceptsWholePiece: false,
      refusal: error instanceof Error ? error.message : String(error),
      bridgeBodyBytes: BRIDGE_BODY_BYTES,
      pieceChars: BRIDGE_PIECE_CHARS,
    };
  } finally {
    await client.call('stageDiscard', { stagingId }).catch(() => undefined);
  }
}

/** Stages bytes with stageBegin/stageAppend, in pieces the bridge takes; answers the staging id. */
async function stageBytes(client, bytes) {
  const { stagingId } = await client.call('stageBegin', {});
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
  for (let at = 0; at < data.length; at += BRIDGE_PIECE_CHARS) {
    await client.call('stageAppend', { stagingId, data: data.slice(at, at + BRIDGE_PIECE_CHARS) });
  }
  return stagingId;
}

// ---------------------------------------------------------------------------------------------
// The renderer's JS heap, from the Chrome DevTools Protocol

/**
 * Samples `Performance.getMetrics` (JSHeapUsedSize, JSHeapTotalSize) every `intervalMs` while work
 * runs in the page. The renderer answers between tasks, so a peak inside one long task is seen
 * when that task ends, if the memory is still held.
 */
async function heapMonitor(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const read = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
    return { at: Date.now(), used: m.JSHeapUsedSize, total: m.JSHeapTotalSize };
  };
  let samples = [];
  let stopped = true;
  let loop = Promise.resolve();
  return {
    read,
    gc: () => cdp.send('HeapProfiler.collectGarbage'),
    start(intervalMs) {
      samples = [];
      stopped = false;
      loop = (async () => {
        while (!stopped) {
          samples.push(await read());
          await sleep(intervalMs);
        }
      })();
    },
    async stop() {
      stopped = true;
      await loop;
      return samples;
    },
    detach: () => cdp.detach(),
  };
}

const heapMB = (bytes) => (bytes === undefined ? null : round(bytes / MB, 1));

// ---------------------------------------------------------------------------------------------
// people.importXlsx

/** The roster as an XLSX, written as the app's own export writes one (spreadsheet-write.ts). */
async function writeRosterXlsx(filePath, { headers, rows }) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: filePath,
    useStyles: true,
    useSharedStrings: true,
  });
  const sheet = workbook.addWorksheet('people', { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  const header = sheet.addRow(headers);
  header.font = { bold: true };
  header.commit();
  for (const row of rows) sheet.addRow(row).commit();
  sheet.commit();
  await workbook.commit();
}

const IMPORT_DB = 'bench-import';
const HEAP_SAMPLE_MS = 100;

/**
 * Generates the preset's people in Node, writes them as an XLSX with the template's headers, puts
 * it in a file input of the harness page (as the user picks a file) and runs the wizard's steps
 * there into an empty database; the renderer's heap is sampled meanwhile. Then the baseline: raw
 * IndexedDB writing the very records the import stored.
 */
export async function importScenario({ generator, session, call, tmp, preset, seed, upload, log }) {
  const people = generator.generatePeople(generator.PRESETS[preset], seed);
  const xlsxPath = path.join(tmp, `roster-${preset}.xlsx`);
  const sheet = generator.peopleSheet(people, 'zh-CN');
  const sourceGarbled = sheet.rows.reduce((n, row) => n + row.filter((c) => c.includes('\uFFFD')).length, 0);
  let t = Date.now();
  await writeRosterXlsx(xlsxPath, sheet);
  const xlsxMs = Date.now() - t;
  const fileBytes = fs.statSync(xlsxPath).size;
  log(`wrote ${people.length} people to an XLSX of ${round(fileBytes / MB, 2)} MB in ${xlsxMs} ms`);

  const measured = await session(async (page) => {
    const selector = await call(page, 'addFileInput');
    await page.setInputFiles(selector, xlsxPath);
    const heap = await heapMonitor(page);
    await heap.gc();
    const before = await heap.read();
    heap.start(HEAP_SAMPLE_MS);
    let run;
    let samples;
    try {
      run = await call(page, 'importPeopleFile', upload.token, IMPORT_DB, upload.pieceChars);
    } finally {
      samples = await heap.stop();
    }
    const after = await heap.read();
    await heap.gc();
    const afterGc = await heap.read();
    await heap.detach();
    log(`import: ${run.totalMs} ms, ${JSON.stringify(run.steps.map((s) => [s.step, s.ms]))}`);
    const raw = await call(page, 'rawInsertImported', IMPORT_DB, 1000);
    log(`import baseline (raw put of the same ${raw.rows} records): ${raw.ms} ms`);
    return { run, raw, heap: { before, samples, after, afterGc } };
  });
  fs.rmSync(xlsxPath, { force: true });

  const { run, raw, heap } = measured;
  const stepMs = Object.fromEntries(run.steps.map((s) => [s.step, s.ms]));
  const seconds = round(run.totalMs / 1000, 1);
  const peak = Math.max(heap.before.used, ...heap.samples.map((s) => s.used), heap.after.used);
  const peakByStep = {};
  let from = run.startedAt;
  for (const step of run.steps) {
    const inStep = heap.samples.filter((s) => s.at > from && s.at <= step.endedAt).map((s) => s.used);
    peakByStep[step.step] = inStep.length > 0 ? heapMB(Math.max(...inStep)) : null;
    from = step.endedAt;
  }
  const writeRowsPerSecond = Math.round(run.stored / (stepMs.write / 1000));
  return {
    run,
    raw,
    figures: {
      seconds,
      rows: run.rows,
      rowsPerSecond: Math.round(run.rows / (run.totalMs / 1000)),
      stepsMs: stepMs,
      writeRowsPerSecond,
      writeShare: round(stepMs.write / run.totalMs, 2),
      heapMB: {
        before: heapMB(heap.before.used),
        peak: heapMB(peak),
        peakByStep,
        after: heapMB(heap.after.used),
        afterGc: heapMB(heap.afterGc.used),
        samples: heap.samples.length,
        sampleEveryMs: HEAP_SAMPLE_MS,
      },
      file: { bytes: fileBytes, columns: run.mappedColumns, writtenInMs: xlsxMs },
      uploadCalls: run.uploadCalls,
      outcome: run.outcome,
    },
    checks: {
      /** Cells importRead gave back with U+FFFD (undecodable bytes) although the rows written had none. */
      readCellsGarbled: run.garbledCells,
      firstGarbled: run.firstGarbled,
      writtenCellsGarbled: sourceGarbled,
      allRowsValid: run.invalidRows === 0,
      invalidRows: run.invalidRows,
      firstProblems: run.firstProblems,
      allColumnsMapped: run.mappedColumns === generator.peopleSheet([], 'zh-CN').headers.length,
      allRowsStored: run.stored === people.length && run.outcome.added === people.length,
      liveCounter: run.liveCounter,
      baselineStoredAll: raw.stored === run.stored,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// backup.largeDepartment

const BACKUP_DB = 'bench-backup';

/** The attachment store's files (`<root>/<sha[0..2]>/<sha256>`), without temp files. */
function storeFiles(storeDir) {
  const files = [];
  for (const prefix of fs.readdirSync(storeDir)) {
    if (!/^[0-9a-f]{2}$/.test(prefix)) continue;
    for (const name of fs.readdirSync(path.join(storeDir, prefix))) {
      const file = path.join(storeDir, prefix, name);
      if (/^[0-9a-f]{64}$/.test(name)) files.push({ path: file, size: fs.statSync(file).size });
    }
  }
  return files;
}

/** Copies the files one after another into an empty folder; `fsync` flushes each copy as well. */
async function copyFiles(files, target, { fsync }) {
  fs.mkdirSync(target);
  settleDisk();
  const start = performance.now();
  for (const file of files) {
    const copy = path.join(target, path.basename(file.path));
    await fs.promises.copyFile(file.path, copy);
    if (fsync) {
      const handle = await fs.promises.open(copy, 'r');
      await handle.sync();
      await handle.close();
    }
  }
  const ms = performance.now() - start;
  fs.rmSync(target, { recursive: true, force: true });
  return ms;
}

function copyFolder(source, target) {
  settleDisk();
  const start = performance.now();
  execFileSync('cp', ['-r', source, target]);
  const ms = performance.now() - start;
  fs.rmSync(target, { recursive: true, force: true });
  return ms;
}

/**
 * Stores `files` attachments of `fileBytes` pseudo-random bytes each through the contract
 * (stageBegin/stageAppend, attachmentAddStaged), seeds the largeDepartment people referencing them
 * into a database of the app's schema, then times createBackup and a restore of that backup in the
 * page, with plain copies of the same files before and after as the baseline.
 */
export async function backupScenario({
  generator,
  session,
  call,
  client,
  upload,
  dataDir,
  tmp,
  seed,
  files,
  fileBytes,
  log,
}) {
  let t = Date.now();
  const documents = [];
  for (let i = 0; i < files; i++) {
    const stagingId = await stageBytes(client, generator.attachmentBytes(seed, i, fileBytes));
    const name = generator.attachmentName(i);
    documents.push(
      await client.call('attachmentAddStaged', { stagingId, name, mime: 'application/octet-stream' }),
    );
  }
  const storeMs = Date.now() - t;
  const bytes = documents.reduce((n, d) => n + d.size, 0);
  const distinct = new Set(documents.map((d) => d.sha256)).size;
  log(`stored ${files} attachments (${round(bytes / MB)} MB, ${distinct} distinct) in ${storeMs} ms`);

  const storeDir = path.join(dataDir, 'attachments');
  const stored = storeFiles(storeDir);
  const storedBytes = stored.reduce((n, f) => n + f.size, 0);
  const copies = { copyFile: [], cpR: [], copyFileFsync: [] };
  const copyRound = async () => {
    copies.copyFile.push(await copyFiles(stored, path.join(tmp, 'copy'), { fsync: false }));
    copies.cpR.push(copyFolder(storeDir, path.join(tmp, 'cp-r')));
  };
  await copyRound();
  copies.copyFileFsync.push(await copyFiles(stored, path.join(tmp, 'copy-fsync'), { fsync: true }));

  const measured = await session(async (page) => {
    t = Date.now();
    const seeded = await call(page, 'seedBackupDatabase', BACKUP_DB, 'largeDepartment', seed, documents);
    log(`seeded ${seeded.people} people, ${seeded.holders} holding a document, in ${Date.now() - t} ms`);
    settleDisk();
    const backup = await call(page, 'backupDatabase', upload.token, BACKUP_DB, upload.pieceChars);
    log(`backup: ${backup.totalMs} ms, ${JSON.stringify(backup.phasesMs)}`);
    settleDisk();
    const restore = await call(page, 'restoreBackup', upload.token, BACKUP_DB, backup.summary.fileName);
    log(`restore: ${restore.totalMs} ms, ${JSON.stringify(restore.phasesMs)}`);
    return { seeded, backup, restore };
  });
  await copyRound();
  const { seeded, backup, restore } = measured;

  const copyMs = p50(copies.copyFile);
  const baseline = {
    what: 'fs.copyFile of the attachment store files, one after another, into a temp folder',
    mbPerSecond: mbPerSecond(storedBytes, copyMs),
    seconds: round(copyMs / 1000, 2),
    runsMs: copies.copyFile.map((ms) => round(ms, 0)),
    cpR: {
      what: 'cp -r of the attachment store folder',
      mbPerSecond: mbPerSecond(storedBytes, p50(copies.cpR)),
      runsMs: copies.cpR.map((ms) => round(ms, 0)),
    },
    copyFileFsync: {
      what: 'fs.copyFile and an fsync of each copy (the backup and the restore flush what they write)',
      mbPerSecond: mbPerSecond(storedBytes, p50(copies.copyFileFsync)),
      runsMs: copies.copyFileFsync.map((ms) => round(ms, 0)),
    },
    note: 'sync before each timed copy, backup and restore; the files are in the page cache throughout',
  };
  const common = {
    attachmentMB: round(bytes / MB),
    files,
    fileMB: round(fileBytes / MB, 2),
    storeMs,
  };
  const create = {
    mbPerSecond: mbPerSecond(bytes, backup.totalMs),
    seconds: round(backup.totalMs / 1000, 1),
    ...common,
    backupMB: round(backup.summary.size / MB),
    exportMB: round((backup.jobBytes - bytes) / MB, 2),
    phasesMs: backup.phasesMs,
    phaseMBPerSecond: {
      zipWrite: backup.phasesMs.zipWrite ? mbPerSecond(backup.jobBytes, backup.phasesMs.zipWrite) : null,
      verify: backup.phasesMs.verify ? mbPerSecond(backup.jobBytes, backup.phasesMs.verify) : null,
    },
    uploadCalls: backup.uploadCalls,
    note: 'phases from the job progress sampled every 50 ms; finish includes the app polling the job every 250 ms',
  };
  const restored = {
    mbPerSecond: mbPerSecond(bytes, restore.totalMs),
    seconds: round(restore.totalMs / 1000, 1),
    ...common,
    phasesMs: restore.phasesMs,
    phaseMBPerSecond: {
      restoreOpen: mbPerSecond(backup.jobBytes, restore.phasesMs.restoreOpen),
      restoreApply: mbPerSecond(backup.jobBytes, restore.phasesMs.restoreApply),
    },
    note: "without the safety backup the app's Restore button makes first (about one more backup)",
  };
  const checks = {
    distinctAttachments: distinct === files,
    storeHoldsThem: stored.length === files && storedBytes === bytes,
    backupVerified: backup.summary.verified,
    backupCounts: backup.summary.counts,
    seeded,
    peopleRestored: restore.peopleAfter === seeded.people && restore.peopleBefore === seeded.people,
    attachmentsReferencedAfterRestore: restore.attachmentsReferenced,
    allAttachmentsReferenced: restore.attachmentsReferenced === files,
  };
  return { create, restored, baseline, checks };
}
