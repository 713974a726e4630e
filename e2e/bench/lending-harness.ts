/**
 * The lending scenarios inside Chromium (README.md "Lending"): seeding the app's database with the
 * generated lending data by raw IndexedDB puts in big batches, and the desk's checkout and return
 * through the app's own engine (renderer/src/features/loans) next to raw IndexedDB doing the same
 * reads and writes (lending-raw.ts), interleaved. harness.ts puts these functions on
 * `window.__bench`; the screens are measured from Node (lending.mjs) in the running app.
 */
import { createDatabase, DATABASE_NAME } from '../../renderer/src/db/database';
import * as engine from '../../renderer/src/features/loans';
import {
  generateLending,
  lendingFingerprint,
  lendingPreset,
  LENDING_CHECK_PRESET,
  LENDING_CHECK_TODAY,
  type LendingData,
} from './generate-lending';
import { done, request, round, summarise } from './measure';
import { openRawDatabase, rawCheckout, rawReturn, timed, type RawBorrower } from './lending-raw';
import type { Loan } from '../../shared/domain/lending';

let data: LendingData | null = null;

function requireData(): LendingData {
  if (!data) throw new Error('call __bench.generateLendingData(fraction, seed, today) first');
  return data;
}

function generateLendingData(fraction: number, seed: number, today: string) {
  const start = performance.now();
  data = generateLending(lendingPreset(fraction), seed, today);
  const ms = performance.now() - start;
  return {
    fraction,
    preset: data.preset,
    people: data.people.length,
    materials: data.materials.length,
    editions: data.editions.length,
    copies: data.copies.length,
    openLoans: data.openLoans.length,
    historicalLoans: data.historicalLoans.length,
    notices: data.notices.length,
    copyEvents: data.events.length,
    policies: data.policies.length,
    plan: data.plan,
    /** Building the records except the returned loans, which are built while they are written. */
    ms: round(ms, 0),
  };
}

// ---------------------------------------------------------------------------------------------
// Seeding

/** Every table the lending data lives in, plus the people and materials it points at. */
const SEEDED_TABLES = [
  'people',
  'materials',
  'editions',
  'copies',
  'loans',
  'holds',
  'charges',
  'notices',
  'copyEvents',
  'loanPolicies',
  'closedDays',
  'lendingConfig',
  'stocktakes',
  'stocktakeScans',
] as const;

/**
 * Writes rows in transactions of `batchSize` puts. Two transactions are in flight at once: while the
 * engine commits one batch, the page builds and clones the next (one store's transactions still
 * commit in order).
 */
async function putAll(db: IDBDatabase, store: string, rows: Iterable<unknown>, batchSize: number) {
  const start = performance.now();
  let count = 0;
  let batch: unknown[] = [];
  const inFlight: Promise<void>[] = [];
  const flush = async () => {
    const tx = db.transaction(store, 'readwrite');
    const os = tx.objectStore(store);
    for (const row of batch) os.put(row);
    count += batch.length;
    batch = [];
    inFlight.push(done(tx));
    if (inFlight.length >= 2) await inFlight.shift();
  };
  for (const row of rows) {
    batch.push(row);
    if (batch.length >= batchSize) await flush();
  }
  if (batch.length > 0) await flush();
  await Promise.all(inFlight);
  const ms = performance.now() - start;
  return { rows: count, ms: round(ms, 0), rowsPerSecond: Math.round(count / (ms / 1000)) };
}

/**
 * Replaces the people, materials and every lending table of the app's 'traindesk' database with the
 * generated data: raw IndexedDB put()s, one transaction per `batchSize` rows (Dexie creates or
 * upgrades the schema first). The returned loans are built while they are written.
 */
async function seedLending(batchSize = 2000) {
  const d = requireData();
  const schema = createDatabase(DATABASE_NAME);
  await schema.open();
  schema.close();
  const db = await openRawDatabase(DATABASE_NAME);
  try {
    const start = performance.now();
    const clear = db.transaction([...SEEDED_TABLES], 'readwrite');
    for (const name of SEEDED_TABLES) clear.objectStore(name).clear();
    await done(clear);
    const tables: Record<string, Awaited<ReturnType<typeof putAll>>> = {};
    tables.people = await putAll(db, 'people', d.people, batchSize);
    tables.materials = await putAll(db, 'materials', d.materials, batchSize);
    tables.editions = await putAll(db, 'editions', d.editions, batchSize);
    tables.copies = await putAll(db, 'copies', d.copies, batchSize);
    tables.openLoans = await putAll(db, 'loans', d.openLoans, batchSize);
    tables.historicalLoans = await putAll(db, 'loans', d.historicalLoans.iterate(), batchSize);
    tables.notices = await putAll(db, 'notices', d.notices, batchSize);
    tables.copyEvents = await putAll(db, 'copyEvents', d.events, batchSize);
    tables.loanPolicies = await putAll(db, 'loanPolicies', d.policies, batchSize);
    tables.lendingConfig = await putAll(db, 'lendingConfig', [d.config], batchSize);
    tables.counters = await putAll(db, 'counters', d.counters, batchSize);
    const ms = performance.now() - start;
    const rows = Object.values(tables).reduce((n, t) => n + t.rows, 0);
    const check = db.transaction(['loans', 'copies'], 'readonly');
    const [loans, copies] = await Promise.all([
      request(check.objectStore('loans').count()),
      request(check.objectStore('copies').count()),
    ]);
    return {
      batchSize,
      tables,
      rows,
      ms: round(ms, 0),
      rowsPerSecond: Math.round(rows / (ms / 1000)),
      stored: { loans, copies },
    };
  } finally {
    db.close();
  }
}

// ---------------------------------------------------------------------------------------------
// The desk's work without the screen: the engine next to raw IndexedDB

/** Today's local calendar day and the due date a 30-day loan gets (the raw side does not look up the rules). */
function daysAfter(today: string, days: number): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export interface DeskRound {
  borrower: RawBorrower & { employeeNo: string };
  barcodes: string[];
}

/**
 * Checkouts then returns of the same copies, `rounds` of one borrower each, by the app's engine
 * (`checkout`, `returnCopy` of features/loans) and by raw IndexedDB, interleaved one for one
 * (engine, raw, engine, raw…) on different copies and borrowers. Answers the timings; the engine's
 * side is `null` when features/loans does not export the commands yet.
 */
async function lendingEngine(engineRounds: DeskRound[], rawRounds: DeskRound[], actor = 'bench') {
  const today = requireData().plan.today;
  const hasEngine = typeof engine.checkout === 'function' && typeof engine.returnCopy === 'function';
  const dexie = createDatabase(DATABASE_NAME);
  await dexie.open();
  const raw = await openRawDatabase(DATABASE_NAME);
  const samples = {
    engineOut: [] as number[],
    rawOut: [] as number[],
    engineBack: [] as number[],
    rawBack: [] as number[],
  };
  const errors: string[] = [];
  const ctx = () => ({ actor, now: Date.now(), today });
  const engineLoans: Loan[] = [];
  try {
    const pairs = engineRounds.flatMap((r, i) =>
      r.barcodes.map((barcode, j) => ({
        e: { r, barcode },
        raw: { r: rawRounds[i]!, barcode: rawRounds[i]!.barcodes[j]! },
      })),
    );
    for (const { e, raw: w } of pairs) {
      if (hasEngine) {
        try {
          const t = await timed(() =>
            engine.checkout(dexie, ctx(), { borrowerId: e.r.borrower.id, barcode: e.barcode }),
          );
          samples.engineOut.push(t.ms);
          engineLoans.push(t.value.loan);
        } catch (error) {
          errors.push(`engine checkout ${e.barcode}: ${String(error)}`);
        }
      }
      const t = await timed(() =>
        rawCheckout(raw, {
          borrower: w.r.borrower,
          barcode: w.barcode,
          actor,
          today,
          dueDate: daysAfter(today, 30),
          maxItems: 30,
        }),
      );
      samples.rawOut.push(t.ms);
    }
    for (const { e, raw: w } of pairs) {
      if (hasEngine) {
        try {
          const t = await timed(() => engine.returnCopy(dexie, ctx(), { barcode: e.barcode }));
          samples.engineBack.push(t.ms);
        } catch (error) {
          errors.push(`engine return ${e.barcode}: ${String(error)}`);
        }
      }
      const t = await timed(() => rawReturn(raw, { barcode: w.barcode, actor }));
      samples.rawBack.push(t.ms);
    }
  } finally {
    dexie.close();
    raw.close();
  }
  const side = (ms: number[]) =>
    ms.length > 0 ? { ...summarise(ms), samples: ms.map((m) => round(m, 1)) } : null;
  return {
    engine: hasEngine ? { checkout: side(samples.engineOut), return: side(samples.engineBack) } : null,
    raw: { checkout: side(samples.rawOut)!, return: side(samples.rawBack)! },
    dueDates: [...new Set(engineLoans.map((l) => l.dueDate))],
    errors: errors.slice(0, 5),
    errorCount: errors.length,
  };
}

function releaseLending() {
  data = null;
}

export const lendingApi = {
  lendingFingerprint: (seed?: number) => lendingFingerprint(LENDING_CHECK_PRESET, seed, LENDING_CHECK_TODAY),
  generateLendingData,
  seedLending,
  lendingEngine,
  releaseLending,
};
