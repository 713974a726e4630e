/**
 * Runs INSIDE Chromium: run.mjs bundles this file with esbuild (an IIFE in e2e/bench/.cache/) and
 * injects it into a page of the bridge's origin, then calls `window.__bench.*`.
 *
 * Every scenario measures the app's code (Dexie, the real schema, the real queries) next to raw
 * IndexedDB doing the same work on the same data in the same run: the raw figure is the physical
 * limit the app's figure is read against (see /work/shared/PERFORMANCE.md). The import and the
 * backup run the app's own functions against the bridge; run.mjs (files.mjs) measures their
 * baselines and the heap from outside.
 */
import Dexie from 'dexie';
import type { BackupSummary, JobStatus, MethodName, RequestOf, ResponseOf } from '../../shared/contract';
import type { AttachmentRef } from '../../shared/domain/attachment';
import { normaliseSearchQuery } from '../../shared/domain/search-query';
import type { Person } from '../../shared/domain/person';
import { withIndexFields } from '../../shared/domain/person-index';
import { localDate } from '../../shared/domain/record';
import { createDatabase, DATABASE_NAME, type TrainDeskDatabase } from '../../renderer/src/db/database';
import { LATEST_VERSION, SCHEMA_STEPS } from '../../renderer/src/db/schema';
import { createBackup, restoreDatabase } from '../../renderer/src/features/backup/backup-commands';
import { autoMapColumns, unmappedRequired } from '../../renderer/src/features/import/column-mapping';
import { peopleImporter } from '../../renderer/src/features/import/importers/people';
import { runImport } from '../../renderer/src/features/import/run-import';
import { validateSheet } from '../../renderer/src/features/import/validate-rows';
import { LIVE_PEOPLE_COUNTER } from '../../renderer/src/features/people/counters';
import { fetchPeoplePage, SEARCH_LIMIT, type PeopleQuery } from '../../renderer/src/features/people/queries';
import { uploadBlob } from '../../renderer/src/platform/file-transfer';
import { createHttpPlatform } from '../../renderer/src/platform/http-platform';
import type { Platform } from '../../renderer/src/platform/platform';
import { authoringApi } from './authoring-harness';
import { lendingApi } from './lending-harness';
import { fingerprint, generatePeople, isPresetName, livePeople, PRESETS, type PresetName } from './generate';
import { done, request, round, sleep, summarise, time, type Timings } from './measure';

// ---------------------------------------------------------------------------------------------
// Raw IndexedDB, with the schema derived from SCHEMA_STEPS so that it never drifts from Dexie's

interface IndexSpec {
  name: string;
  keyPath: string | string[];
  unique: boolean;
  multiEntry: boolean;
}

interface StoreSpec {
  name: string;
  keyPath: string | string[] | null;
  autoIncrement: boolean;
  indexes: IndexSpec[];
}

/** Dexie's schema syntax: `&` unique, `*` multi-entry, `++` auto-increment, `[a+b]` compound. */
function parseIndex(spec: string): IndexSpec & { autoIncrement: boolean } {
  let rest = spec.trim();
  let unique = false;
  let multiEntry = false;
  let autoIncrement = false;
  for (;;) {
    if (rest.startsWith('&')) unique = true;
    else if (rest.startsWith('*')) multiEntry = true;
    else if (rest.startsWith('++')) {
      autoIncrement = true;
      rest = rest.slice(1);
    } else break;
    rest = rest.slice(1);
  }
  const keyPath = /^\[.*\]$/.test(rest) ? rest.slice(1, -1).split('+') : rest;
  return { name: rest, keyPath, unique, multiEntry, autoIncrement };
}

/** The stores of the latest schema: every step applied in order (`null` deletes a store). */
export function latestStores(): StoreSpec[] {
  const stores = new Map<string, string>();
  for (const step of SCHEMA_STEPS) {
    for (const [name, spec] of Object.entries(step.stores)) {
      if (spec === null) stores.delete(name);
      else stores.set(name, spec);
    }
  }
  return [...stores].map(([name, spec]) => {
    const [primary = '', ...indexes] = spec.split(',');
    const pk = parseIndex(primary);
    return {
      name,
      keyPath: pk.name === '' ? null : pk.keyPath,
      autoIncrement: pk.autoIncrement,
      indexes: indexes.map(parseIndex).map(({ name: n, keyPath, unique, multiEntry }) => ({
        name: n,
        keyPath,
        unique,
        multiEntry,
      })),
    };
  });
}

/** Opens (creating when new) a raw database with the latest schema; Dexie stores version × 10. */
function openRaw(name: string, create: boolean): Promise<IDBDatabase> {
  const req = create ? indexedDB.open(name, Math.round(LATEST_VERSION * 10)) : indexedDB.open(name);
  req.onupgradeneeded = () => {
    if (!create) return;
    const db = req.result;
    for (const store of latestStores()) {
      const os = db.createObjectStore(store.name, {
        keyPath: store.keyPath,
        autoIncrement: store.autoIncrement,
      });
      for (const idx of store.indexes) {
        os.createIndex(idx.name, idx.keyPath, { unique: idx.unique, multiEntry: idx.multiEntry });
      }
    }
  };
  req.onblocked = () => console.warn(`open ${name} is blocked by another connection`);
  return request(req);
}

async function deleteDatabase(name: string): Promise<void> {
  // A connection closed a moment ago may still be finishing its last transaction: the delete waits.
  await request(indexedDB.deleteDatabase(name));
}

/** What a database really holds, for comparing Dexie's result with the raw mirror. */
function describeStores(db: IDBDatabase): string {
  const names = [...db.objectStoreNames].sort();
  const tx = db.transaction(names, 'readonly');
  return JSON.stringify(
    names.map((n) => {
      const os = tx.objectStore(n);
      return {
        n,
        k: os.keyPath,
        a: os.autoIncrement,
        i: [...os.indexNames].sort().map((i) => {
          const idx = os.index(i);
          return [i, idx.keyPath, idx.unique, idx.multiEntry];
        }),
      };
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// State kept between calls from run.mjs

let generated: { preset: PresetName; seed: number; people: Person[] } | null = null;

function requireGenerated(): Person[] {
  if (!generated) throw new Error('call __bench.generate(preset) first');
  return generated.people;
}

function batches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const yieldToBrowser = () => sleep(0);

/** After a large database is deleted the engine cleans up in the background: let it, before timing. */
const SETTLE_MS = 1500;

// ---------------------------------------------------------------------------------------------
// (a) bulk insert

async function insertWithDexie(name: string, people: readonly Person[], batchSize: number) {
  const db = createDatabase(name);
  await db.open();
  const schema = describeStores(db.backendDB());
  const parts = batches(people, batchSize);
  const start = performance.now();
  for (const part of parts) await db.people.bulkPut(part);
  const ms = performance.now() - start;
  const stored = await db.people.count();
  db.close();
  await deleteDatabase(name);
  return { ms, stored, schema };
}

async function insertWithRaw(name: string, people: readonly Person[], batchSize: number) {
  const db = await openRaw(name, true);
  const schema = describeStores(db);
  const parts = batches(people, batchSize);
  const start = performance.now();
  for (const part of parts) {
    const tx = db.transaction('people', 'readwrite');
    const store = tx.objectStore('people');
    for (const p of part) store.put(p);
    await done(tx);
  }
  const ms = performance.now() - start;
  const countTx = db.transaction('people');
  const stored = await request(countTx.objectStore('people').count());
  await done(countTx);
  db.close();
  await deleteDatabase(name);
  return { ms, stored, schema };
}

export interface InsertResult {
  rows: number;
  batchSize: number;
  order: string[];
  dexie: { rowsPerSecond: number; runsRowsPerSecond: number[]; ms: number };
  raw: { rowsPerSecond: number; runsRowsPerSecond: number[]; ms: number };
  ratio: number;
  schemaMirrorsDexie: boolean;
  allRowsStored: boolean;
}

/**
 * Writes the generated people into a fresh database in batches (one transaction each), with Dexie
 * `bulkPut` and with raw `put`s, in the order dexie, raw, raw, dexie… so that neither side always
 * runs first. Rows/s of each side is total rows over total time. `rows` takes the first n people.
 */
async function bulkInsert(batchSize = 1000, rounds = 2, rows = Infinity): Promise<InsertResult> {
  const people = requireGenerated().slice(0, rows);
  const order: ('dexie' | 'raw')[] = [];
  for (let r = 0; r < rounds; r++)
    order.push(...(r % 2 === 0 ? (['dexie', 'raw'] as const) : (['raw', 'dexie'] as const)));
  const runs = { dexie: [] as number[], raw: [] as number[] };
  const schemas = new Set<string>();
  let allRowsStored = true;
  for (const [i, kind] of order.entries()) {
    const name = `bench-insert-${kind}-${i}`;
    await deleteDatabase(name);
    const r =
      kind === 'dexie'
        ? await insertWithDexie(name, people, batchSize)
        : await insertWithRaw(name, people, batchSize);
    runs[kind].push(r.ms);
    schemas.add(r.schema);
    if (r.stored !== people.length) allRowsStored = false;
    await sleep(SETTLE_MS);
  }
  const side = (ms: number[]) => {
    const total = ms.reduce((a, b) => a + b, 0);
    return {
      rowsPerSecond: Math.round((people.length * ms.length) / (total / 1000)),
      runsRowsPerSecond: ms.map((m) => Math.round(people.length / (m / 1000))),
      ms: round(total / ms.length, 0),
    };
  };
  const dexie = side(runs.dexie);
  const raw = side(runs.raw);
  return {
    rows: people.length,
    batchSize,
    order,
    dexie,
    raw,
    ratio: round(dexie.rowsPerSecond / raw.rowsPerSecond, 3),
    schemaMirrorsDexie: schemas.size === 1,
    allRowsStored,
  };
}

// ---------------------------------------------------------------------------------------------
// Seeding the app's own database

/** Replaces the app's 'traindesk' database with the generated people and sets the live counter. */
async function seedAppDatabase(batchSize = 1000) {
  const people = requireGenerated();
  await deleteDatabase(DATABASE_NAME);
  const db = createDatabase(DATABASE_NAME);
  await db.open();
  const start = performance.now();
  for (const part of batches(people, batchSize)) await db.people.bulkPut(part);
  const live = livePeople(people);
  await db.counters.put({ key: LIVE_PEOPLE_COUNTER, value: live });
  const ms = performance.now() - start;
  const stored = await db.people.count();
  db.close();
  return { stored, live, ms: round(ms, 0), rowsPerSecond: Math.round(people.length / (ms / 1000)) };
}

// ---------------------------------------------------------------------------------------------
// (b) first page and (c) search, on a database that already holds the people

const LIST_QUERY: PeopleQuery = { deleted: false, sort: 'name', descending: false };
const PAGE = 100;

interface ReadSession {
  dexie: TrainDeskDatabase;
  raw: IDBDatabase;
  openMs: { rawFirstConnection: number; dexieSecondConnection: number };
}

let session: ReadSession | null = null;

/** One connection per side for the whole session, as the app keeps one for its whole life. */
async function openReadSession(name: string = DATABASE_NAME): Promise<ReadSession['openMs']> {
  closeReadSession();
  // Raw first: the first connection in a fresh browser pays for opening the backing store from disk.
  let t = performance.now();
  const raw = await openRaw(name, false);
  const rawMs = performance.now() - t;
  t = performance.now();
  const dexie = createDatabase(name);
  await dexie.open();
  const dexieMs = performance.now() - t;
  session = {
    dexie,
    raw,
    openMs: { rawFirstConnection: round(rawMs), dexieSecondConnection: round(dexieMs) },
  };
  return session.openMs;
}

function closeReadSession() {
  session?.dexie.close();
  session?.raw.close();
  session = null;
}

function requireSession(): ReadSession {
  if (!session) throw new Error('call __bench.openReadSession() first');
  return session;
}

/** The list's first page by raw IndexedDB: one bound range on the list index, getAll with a count. */
async function rawFirstPage(db: IDBDatabase): Promise<Person[]> {
  const index = db.transaction('people', 'readonly').objectStore('people').index('[del+nameKey+id]');
  const range = IDBKeyRange.bound([0, -Infinity, -Infinity], [0, [], []]);
  return request(index.getAll(range, PAGE) as IDBRequest<Person[]>);
}

const searchRange = (term: string) => IDBKeyRange.bound(term, term + String.fromCharCode(65535));

const bySortKey = (a: Person, b: Person) => a.nameKey.localeCompare(b.nameKey) || a.id.localeCompare(b.id);

/**
 * Raw baseline for the search: getAll(range, 500) on the multi-entry token index, then the same
 * JS work as the app (one row per person, live only, sorted). A person with several matching
 * tokens comes back several times, so this can return fewer than 500 distinct people.
 */
async function rawSearchGetAll(db: IDBDatabase, term: string): Promise<Person[]> {
  const index = db.transaction('people', 'readonly').objectStore('people').index('searchTokens');
  const hits = await request(index.getAll(searchRange(term), SEARCH_LIMIT) as IDBRequest<Person[]>);
  const seen = new Set<string>();
  const rows = hits.filter((p) => p.del === 0 && !seen.has(p.id) && seen.add(p.id));
  return rows.sort(bySortKey);
}

/** The exact answer of the app's search by raw IndexedDB: a cursor, distinct, live, up to 500. */
function rawSearchCursor(db: IDBDatabase, term: string): Promise<Person[]> {
  const index = db.transaction('people', 'readonly').objectStore('people').index('searchTokens');
  const req = index.openCursor(searchRange(term));
  const seen = new Set<string>();
  const rows: Person[] = [];
  return new Promise((resolve, reject) => {
    req.onerror = () => reject(req.error ?? new Error('cursor failed'));
    req.onsuccess = () => {
      const cursor = req.result;
      if (cursor) {
        const id = cursor.primaryKey as string;
        if (!seen.has(id)) {
          seen.add(id);
          const p = cursor.value as Person;
          if (p.del === 0) rows.push(p);
        }
        if (rows.length < SEARCH_LIMIT) {
          cursor.continue();
          return;
        }
      }
      resolve(rows.sort(bySortKey));
    };
  });
}

const ids = (rows: readonly Person[]) => rows.map((p) => p.id).join(',');

/** Runs each variant `runs` times, interleaved (a, b, c, a, b, c…), so that all see the same conditions. */
async function compare(
  runs: number,
  variants: Record<string, () => Promise<Person[]>>,
): Promise<Record<string, { timings: Timings; rows: number; answer: string }>> {
  const samples: Record<string, number[]> = {};
  const answers: Record<string, Person[]> = {};
  for (let r = 0; r < runs; r++) {
    for (const [name, work] of Object.entries(variants)) {
      const [ms, rows] = await time(work);
      (samples[name] ??= []).push(ms);
      answers[name] = rows;
    }
    await yieldToBrowser();
  }
  return Object.fromEntries(
    Object.entries(samples).map(([name, ms]) => [
      name,
      { timings: summarise(ms), rows: answers[name]?.length ?? 0, answer: ids(answers[name] ?? []) },
    ]),
  );
}

async function firstPage(runs = 20) {
  const { dexie, raw } = requireSession();
  const r = await compare(runs, {
    dexie: async () => (await fetchPeoplePage(dexie, LIST_QUERY, null, PAGE)).rows,
    raw: () => rawFirstPage(raw),
  });
  return {
    dexie: { ...r.dexie!.timings, rows: r.dexie!.rows },
    raw: { ...r.raw!.timings, rows: r.raw!.rows },
    sameAnswer: r.dexie!.answer === r.raw!.answer,
  };
}

async function search(term: string, runs = 20) {
  const { dexie, raw } = requireSession();
  const normal = normaliseSearchQuery(term);
  const r = await compare(runs, {
    dexie: async () => (await fetchPeoplePage(dexie, { ...LIST_QUERY, search: term }, null, PAGE)).rows,
    rawGetAll: () => rawSearchGetAll(raw, normal),
    rawCursor: () => rawSearchCursor(raw, normal),
  });
  return {
    term,
    dexie: { ...r.dexie!.timings, rows: r.dexie!.rows },
    rawGetAll: { ...r.rawGetAll!.timings, rows: r.rawGetAll!.rows },
    rawCursor: { ...r.rawCursor!.timings, rows: r.rawCursor!.rows },
    /** Dexie's rows equal the raw cursor's (the same question answered without Dexie). */
    sameAnswer: r.dexie!.answer === r.rawCursor!.answer,
  };
}

// ---------------------------------------------------------------------------------------------
// (e) import of a roster XLSX: the import wizard's steps, with the app's own code

/** The bridge's API with the token of its URL, as the app builds it in browser mode. */
function bridgePlatform(token: string): Platform {
  return createHttpPlatform(window.location.origin, token);
}

const FILE_INPUT_ID = 'bench-file';

/** A file input for run.mjs to put a file in (Playwright's setInputFiles), as the user picks one. */
function addFileInput(): string {
  document.getElementById(FILE_INPUT_ID)?.remove();
  const input = document.createElement('input');
  input.type = 'file';
  input.id = FILE_INPUT_ID;
  document.body.append(input);
  return `#${FILE_INPUT_ID}`;
}

function pickedFile(): File {
  const input = document.getElementById(FILE_INPUT_ID);
  const file = input instanceof HTMLInputElement ? input.files?.[0] : undefined;
  if (!file) throw new Error('no file picked: call __bench.addFileInput() and setInputFiles first');
  return file;
}

export interface StepTiming {
  step: string;
  ms: number;
  /** `Date.now()` when the step ended, to place run.mjs's heap samples in the steps. */
  endedAt: number;
}

/** Opens a database of the app's schema that is not the app's own (no reload on version change). */
async function openAppSchema(name: string): Promise<TrainDeskDatabase> {
  const db = createDatabase(name, Infinity, { reloadOnVersionChange: false });
  await db.open();
  return db;
}

/**
 * What the import wizard does (ImportWizard.tsx) without its screens: the picked file is uploaded
 * (uploadBlob), the main process reads it (importRead), columns are mapped by their headers
 * (autoMapColumns), every row is checked (validateSheet) and runImport hands the valid rows to the
 * people importer's write: one transaction, into an empty database of the app's schema.
 */
async function importPeopleFile(token: string, dbName: string, pieceChars: number | null = null) {
  const { platform, calls, splitCalls } = tracedPlatform(bridgePlatform(token), pieceChars);
  const file = pickedFile();
  await deleteDatabase(dbName);
  const db = await openAppSchema(dbName);
  const steps: StepTiming[] = [];
  const startedAt = Date.now();
  const start = performance.now();
  let last = start;
  const mark = (step: string) => {
    const now = performance.now();
    steps.push({ step, ms: round(now - last, 0), endedAt: Date.now() });
    last = now;
  };

  const stagingId = await uploadBlob(platform, file);
  mark('upload');
  const read = await platform
    .call('importRead', { source: { kind: 'staged', stagingId, fileName: file.name } })
    .finally(() => platform.call('stageDiscard', { stagingId }).catch(() => undefined));
  if (!read) throw new Error('importRead gave no file');
  mark('read');
  const rows = (read.sheets.find((sheet) => sheet.rows.length > 1) ?? read.sheets[0])?.rows ?? [];
  const mapping = autoMapColumns(peopleImporter.columns, rows[0] ?? []);
  const unmapped = unmappedRequired(peopleImporter.columns, mapping).map((column) => column.key);
  if (unmapped.length > 0) throw new Error(`required columns left unmapped: ${unmapped.join(', ')}`);
  mark('map');
  const report = await validateSheet(peopleImporter, rows, mapping, { today: localDate(new Date()), db });
  mark('validate');
  const now = new Date();
  const outcome = await runImport(db, peopleImporter, report, {
    // The wizard offers "import the valid rows" when some have problems; the figures say how many.
    validOnly: report.invalidRows > 0,
    mapping,
    duplicates: 'skip',
    context: { actor: 'bench', now: now.getTime(), today: localDate(now) },
  });
  mark('write');
  const totalMs = performance.now() - start;
  const finishedAt = Date.now();
  // U+FFFD is what a reader gives for bytes it could not decode; the generated file holds none.
  const garbled = rows.flatMap((row, r) =>
    row.flatMap((cell, c) =>
      cell.includes('\uFFFD') ? [{ row: r + 1, column: rows[0]?.[c] ?? '', cell }] : [],
    ),
  );
  const stored = await db.people.count();
  const liveCounter = (await db.counters.get(LIVE_PEOPLE_COUNTER))?.value ?? 0;
  db.close();
  return {
    fileName: file.name,
    fileBytes: file.size,
    startedAt,
    finishedAt,
    totalMs: round(totalMs, 0),
    steps,
    rows: report.total,
    validRows: report.valid.length,
    invalidRows: report.invalidRows,
    firstProblems: report.problems.slice(0, 5),
    garbledCells: garbled.length,
    firstGarbled: garbled.slice(0, 5),
    mappedColumns: Object.values(mapping).filter((index) => index !== null).length,
    uploadCalls: calls.filter((c) => c.method === 'stageAppend').length + splitCalls(),
    splitCalls: splitCalls(),
    outcome,
    stored,
    liveCounter,
  };
}

/**
 * The physical limit for the import's write: the very records it stored, read back and written
 * again by raw IndexedDB put()s into a fresh database of the same schema, one transaction per
 * batch (people.bulkInsert's baseline). Deletes both databases.
 */
async function rawInsertImported(dbName: string, batchSize = 1000) {
  const db = await openAppSchema(dbName);
  const people = await db.people.toArray();
  db.close();
  await deleteDatabase(dbName);
  await sleep(SETTLE_MS);
  const rawName = `${dbName}-raw`;
  await deleteDatabase(rawName);
  const r = await insertWithRaw(rawName, people, batchSize);
  return {
    rows: people.length,
    stored: r.stored,
    batchSize,
    ms: round(r.ms, 0),
    rowsPerSecond: Math.round(people.length / (r.ms / 1000)),
  };
}

// ---------------------------------------------------------------------------------------------
// (f) backup and restore with attachments

/** How often the backup job's progress is sampled for the phase timings (the app polls every 250 ms). */
const JOB_SAMPLE_MS = 50;

interface CallTiming {
  method: string;
  start: number;
  end: number;
}

/**
 * The platform with every call timed; once a backup job starts, its progress (bytes written, then
 * bytes read back) is sampled every 50 ms beside the app's own polling, to time the job's phases.
 *
 * `pieceChars`: browser mode's bridge refuses request bodies over 1 MiB, while uploadBlob sends
 * 4 MiB pieces (5.6 MB of base64); run.mjs probes the bridge and, when it refuses, passes the
 * largest piece it takes. A stageAppend above it then goes as several stageAppend calls of the same
 * base64 (cut at multiples of 4 characters, so each piece is base64 on its own): the same bytes in
 * the same staged file, a few more round trips. `splitCalls` counts the extra calls.
 */
function tracedPlatform(inner: Platform, pieceChars: number | null = null) {
  const calls: CallTiming[] = [];
  let splitCalls = 0;
  async function send<M extends MethodName>(method: M, request: RequestOf<M>): Promise<ResponseOf<M>> {
    if (method !== 'stageAppend' || pieceChars === null) return inner.call(method, request);
    const { stagingId, data } = request as RequestOf<'stageAppend'>;
    if (data.length <= pieceChars) return inner.call(method, request);
    let answer: ResponseOf<'stageAppend'> = { size: 0 };
    for (let at = 0; at < data.length; at += pieceChars) {
      answer = await inner.call('stageAppend', { stagingId, data: data.slice(at, at + pieceChars) });
      if (at > 0) splitCalls++;
    }
    return answer as ResponseOf<M>;
  }
  const job: {
    samples: { at: number; done: number; total: number; state: string }[];
    watched?: Promise<void>;
  } = { samples: [] };
  const watch = async (jobId: string) => {
    for (;;) {
      const status: JobStatus = await inner.call('jobStatus', { jobId });
      job.samples.push({
        at: performance.now(),
        done: status.done,
        total: status.total,
        state: status.state,
      });
      if (status.state !== 'running') return;
      await sleep(JOB_SAMPLE_MS);
    }
  };
  const platform: Platform = {
    ...inner,
    async call(method, request) {
      const start = performance.now();
      const answer = await send(method, request);
      calls.push({ method, start, end: performance.now() });
      if (method === 'backupStart') job.watched = watch((answer as { jobId: string }).jobId);
      return answer;
    },
  };
  return { platform, calls, job, splitCalls: () => splitCalls };
}

/**
 * The largeDepartment people in a database of the app's schema, with the attachments run.mjs stored
 * (through the contract) spread over them as documents, so that a backup references every one.
 */
async function seedBackupDatabase(dbName: string, preset: string, seed: number, documents: AttachmentRef[]) {
  if (!isPresetName(preset)) throw new Error(`unknown preset ${preset}`);
  const people = generatePeople(PRESETS[preset], seed);
  const every = Math.max(1, Math.floor(people.length / Math.max(documents.length, 1)));
  documents.forEach((document, j) => {
    const i = (j * every) % people.length;
    const person = people[i]!;
    people[i] = withIndexFields({ ...person, documents: [...(person.documents ?? []), document] });
  });
  await deleteDatabase(dbName);
  const db = await openAppSchema(dbName);
  const start = performance.now();
  for (const part of batches(people, 1000)) await db.people.bulkPut(part);
  await db.counters.put({ key: LIVE_PEOPLE_COUNTER, value: livePeople(people) });
  const ms = performance.now() - start;
  const holders = people.filter((p) => (p.documents?.length ?? 0) > 0).length;
  db.close();
  return { people: people.length, documents: documents.length, holders, ms: round(ms, 0) };
}

const between = (from: number | undefined, to: number | undefined) =>
  from === undefined || to === undefined ? null : round(to - from, 0);

/**
 * createBackup end to end, as the Backup button runs it: exportDB → uploadBlob → backupStart, then
 * the job (zip written and hashed, flushed, read back and verified, renamed) until it reports done.
 */
async function backupDatabase(token: string, dbName: string, pieceChars: number | null = null) {
  const db = await openAppSchema(dbName);
  const { platform, calls, job, splitCalls } = tracedPlatform(bridgePlatform(token), pieceChars);
  const start = performance.now();
  const summary: BackupSummary = await createBackup(db, platform, 'manual');
  const end = performance.now();
  await job.watched;
  db.close();

  const first = (method: string) => calls.find((c) => c.method === method);
  const uploads = calls.filter((c) => c.method === 'stageAppend');
  const started = first('backupStart');
  const total = job.samples.find((s) => s.total > 0)?.total ?? 0;
  const half = total / 2; // progress counts the bytes written, then the same bytes read back
  const sampleAt = (test: (s: (typeof job.samples)[number]) => boolean) => job.samples.find(test)?.at;
  const written = sampleAt((s) => s.total > 0 && s.done >= half);
  const verifying = sampleAt((s) => s.total > 0 && s.done > half);
  const verified = sampleAt((s) => s.state === 'done' || (s.total > 0 && s.done >= total));
  return {
    summary,
    totalMs: round(end - start, 0),
    /** Bytes the job wrote into the zip: the database export plus every attachment. */
    jobBytes: half,
    uploadCalls: uploads.length + splitCalls(),
    splitCalls: splitCalls(),
    phasesMs: {
      export: between(start, first('stageBegin')?.start),
      upload: between(first('stageBegin')?.start, started?.end),
      zipWrite: between(started?.end, written),
      flushAndReopen: between(written, verifying),
      verify: between(verifying, verified),
      finish: between(verified, end),
    },
    jobSamples: job.samples.length,
  };
}

/**
 * A restore of a listed backup without the app's safety backup before it: restoreOpen (every
 * checksum verified), restoreApply (attachments into the store, the export staged), then
 * restoreDatabase (download the export, load it into a scratch database, replace every table).
 */
async function restoreBackup(token: string, dbName: string, fileName: string) {
  const db = await openAppSchema(dbName);
  const before = await db.people.count();
  const { platform, calls } = tracedPlatform(bridgePlatform(token));
  const start = performance.now();
  const opened = await platform.call('restoreOpen', {
    source: { kind: 'listed', fileName },
    currentSchemaVersion: LATEST_VERSION,
  });
  if (!opened) throw new Error('restoreOpen opened nothing');
  const openedAt = performance.now();
  const { database } = await platform.call('restoreApply', { restoreId: opened.restoreId });
  const appliedAt = performance.now();
  let replacing: number | undefined;
  await restoreDatabase(db, platform, database, opened.backup.schemaVersion, {
    // The second half of the import step is the replacement of the app's tables.
    onProgress: (fraction, step) => {
      if (step === 'import' && fraction > 0.5) replacing ??= performance.now();
    },
  });
  const end = performance.now();
  const downloaded = calls.filter((c) => c.method === 'stageRead').at(-1)?.end;
  const after = await db.people.count();
  const referenced = (await db.people.orderBy('attachmentShas').uniqueKeys()).length;
  db.close();
  await deleteDatabase(dbName);
  return {
    totalMs: round(end - start, 0),
    phasesMs: {
      restoreOpen: between(start, openedAt),
      restoreApply: between(openedAt, appliedAt),
      download: between(appliedAt, downloaded),
      scratchImport: between(downloaded, replacing),
      replace: between(replacing, end),
    },
    backupCounts: opened.backup.counts,
    peopleBefore: before,
    peopleAfter: after,
    attachmentsReferenced: referenced,
  };
}

// ---------------------------------------------------------------------------------------------
// The API run.mjs calls

function info() {
  return {
    userAgent: navigator.userAgent,
    dexieVersion: Dexie.semVer,
    /** Dexie reads limited pages with getAll only when the engine has getAllRecords (IndexedDB 3). */
    getAllRecords: 'getAllRecords' in IDBObjectStore.prototype,
    debug: Dexie.debug,
  };
}

function generate(preset: string, seed?: number) {
  if (!isPresetName(preset)) throw new Error(`unknown preset ${preset}`);
  generated = null;
  const start = performance.now();
  const people = generatePeople(PRESETS[preset], seed);
  generated = { preset, seed: seed ?? NaN, people };
  const tokens = people.reduce((n, p) => n + p.searchTokens.length, 0);
  return {
    preset,
    count: people.length,
    live: livePeople(people),
    /** Entries each person adds to the multi-entry token index: the main cost of writing a person. */
    searchTokensPerPerson: round(tokens / people.length, 1),
    ms: round(performance.now() - start, 0),
  };
}

function fingerprintOf(preset: string, seed?: number): string {
  if (!isPresetName(preset)) throw new Error(`unknown preset ${preset}`);
  return fingerprint(generatePeople(PRESETS[preset], seed));
}

function release() {
  generated = null;
  closeReadSession();
}

const api = {
  info,
  fingerprint: fingerprintOf,
  generate,
  release,
  bulkInsert,
  seedAppDatabase,
  openReadSession,
  closeReadSession,
  firstPage,
  search,
  deleteDatabase,
  latestStores,
  addFileInput,
  importPeopleFile,
  rawInsertImported,
  seedBackupDatabase,
  backupDatabase,
  restoreBackup,
  ...authoringApi,
  ...lendingApi,
};

export type BenchApi = typeof api;

declare global {
  interface Window {
    __bench?: BenchApi;
  }
}

window.__bench = api;
