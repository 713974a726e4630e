/**
 * The lending scenarios' raw-IndexedDB baselines: the same reads and writes as the app, with nothing
 * in between (no Dexie, no engine rules, no React). Used in two places: bundled into the bench
 * harness (lending-harness.ts, beside the engine's own calls) and, on its own, injected into the
 * running app's page by lending.mjs (`window.__lendingRaw`), so that the UI figure and its baseline
 * are measured in the same page, on the same connection-warm database, interleaved.
 */
import type { Copy, CopyEvent, Loan } from '../../shared/domain/lending';
import { done, request } from './measure';

export interface RawBorrower {
  id: string;
  name: string;
  department: string;
}

/** Opens the app's database as it is (no version: never upgrades, never blocks the app). */
export function openRawDatabase(name = 'traindesk'): Promise<IDBDatabase> {
  return request(indexedDB.open(name));
}

/** Above every string and number of a key: closes an index range after a prefix. */
const TOP: IDBValidKey = [];
const OPEN_LOANS_COUNTER = 'lending.openLoans';

/** `crypto.randomUUID` needs a secure context; the bridge's 127.0.0.1 origin is one, but be safe. */
const newId = () =>
  typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now().toString(16)}-${Math.random().toString(16).slice(2)}`;

class Refused extends Error {}

/**
 * One checkout at the desk: in one read-write transaction, read the copy by barcode, the borrower's
 * open loans by index and the open-loans counter (together, not one after another), check them as
 * the engine would (copy available, below the limit, nothing overdue), then write the loan, the
 * copy, its 'checkout' event and the counter. Answers the loan; throws (and writes nothing) when
 * the checks fail.
 */
export async function rawCheckout(
  db: IDBDatabase,
  args: {
    borrower: RawBorrower;
    barcode: string;
    actor: string;
    today: string;
    dueDate: string;
    maxItems: number;
  },
): Promise<Loan> {
  const tx = db.transaction(['copies', 'loans', 'copyEvents', 'counters'], 'readwrite');
  const copies = tx.objectStore('copies');
  const loans = tx.objectStore('loans');
  const counters = tx.objectStore('counters');
  const { borrower } = args;
  const [copy, open, counter] = await Promise.all([
    request(copies.index('barcode').get(args.barcode) as IDBRequest<Copy | undefined>),
    request(
      loans
        .index('[borrowerId+open+dueDate]')
        .getAll(IDBKeyRange.bound([borrower.id, 1], [borrower.id, 1, TOP])) as IDBRequest<Loan[]>,
    ),
    request(counters.get(OPEN_LOANS_COUNTER) as IDBRequest<{ key: string; value: number } | undefined>),
  ]);
  const refuse = (why: string) => {
    tx.abort();
    throw new Refused(why);
  };
  if (!copy) return refuse(`no copy ${args.barcode}`);
  if (copy.status !== 'available') return refuse(`copy ${args.barcode} is ${copy.status}`);
  if (open.length >= args.maxItems) return refuse(`${borrower.name} at the item limit`);
  if (open.some((l) => l.dueDate < args.today)) return refuse(`${borrower.name} has overdue items`);
  const now = Date.now();
  const loan: Loan = {
    id: newId(),
    createdAt: now,
    updatedAt: now,
    updatedBy: args.actor,
    copyId: copy.id,
    barcode: copy.barcode,
    materialId: copy.materialId,
    editionId: copy.editionId,
    title: copy.title,
    borrowerId: borrower.id,
    borrowerName: borrower.name,
    department: borrower.department,
    outAt: now,
    dueDate: args.dueDate,
    renewals: 0,
    open: 1,
  };
  const event: CopyEvent = {
    id: newId(),
    copyId: copy.id,
    at: now,
    kind: 'checkout',
    actor: args.actor,
    loanId: loan.id,
    borrowerId: borrower.id,
    borrowerName: borrower.name,
    detail: { dueDate: loan.dueDate },
  };
  loans.put(loan);
  copies.put({ ...copy, status: 'onLoan', loanId: loan.id, updatedAt: now, updatedBy: args.actor });
  tx.objectStore('copyEvents').put(event);
  counters.put({ key: OPEN_LOANS_COUNTER, value: (counter?.value ?? 0) + 1 });
  await done(tx);
  return loan;
}

/**
 * One return at the desk: the copy by barcode and the counter together, then its open loan by key;
 * write the closed loan, the copy back on the shelf, its 'returned' event and the counter.
 */
export async function rawReturn(db: IDBDatabase, args: { barcode: string; actor: string }): Promise<Loan> {
  const tx = db.transaction(['copies', 'loans', 'copyEvents', 'counters'], 'readwrite');
  const copies = tx.objectStore('copies');
  const loans = tx.objectStore('loans');
  const counters = tx.objectStore('counters');
  const [copy, counter] = await Promise.all([
    request(copies.index('barcode').get(args.barcode) as IDBRequest<Copy | undefined>),
    request(counters.get(OPEN_LOANS_COUNTER) as IDBRequest<{ key: string; value: number } | undefined>),
  ]);
  const loan = copy?.loanId
    ? await request(loans.get(copy.loanId) as IDBRequest<Loan | undefined>)
    : undefined;
  if (!copy || !loan || loan.open !== 1) {
    tx.abort();
    throw new Refused(`copy ${args.barcode} is not on loan`);
  }
  const now = Date.now();
  const closed: Loan = { ...loan, open: 0, returnedAt: now, updatedAt: now, updatedBy: args.actor };
  const { loanId: _loanId, ...shelved } = copy;
  loans.put(closed);
  copies.put({ ...shelved, status: 'available', updatedAt: now, updatedBy: args.actor });
  tx.objectStore('copyEvents').put({
    id: newId(),
    copyId: copy.id,
    at: now,
    kind: 'returned',
    actor: args.actor,
    loanId: loan.id,
    borrowerId: loan.borrowerId,
    borrowerName: loan.borrowerName,
  } satisfies CopyEvent);
  counters.put({ key: OPEN_LOANS_COUNTER, value: (counter?.value ?? 1) - 1 });
  await done(tx);
  return closed;
}

/** The overdue list's first page: open loans due before today, most overdue first, 50 of them. */
export async function rawOverdueFirstPage(db: IDBDatabase, today: string, count = 50): Promise<Loan[]> {
  const index = db.transaction('loans', 'readonly').objectStore('loans').index('[open+dueDate+id]');
  return request(index.getAll(IDBKeyRange.bound([1], [1, today]), count) as IDBRequest<Loan[]>);
}

/** The newest `count` entries of an index range: getAllRecords backwards where the engine has it. */
function newest<T>(index: IDBIndex, range: IDBKeyRange, count: number): Promise<T[]> {
  const withRecords = index as IDBIndex & {
    getAllRecords?: (o: {
      query: IDBKeyRange;
      count: number;
      direction: IDBCursorDirection;
    }) => IDBRequest<{ value: T }[]>;
  };
  if (typeof withRecords.getAllRecords === 'function') {
    return request(withRecords.getAllRecords({ query: range, count, direction: 'prev' })).then((records) =>
      records.map((r) => r.value),
    );
  }
  const rows: T[] = [];
  const req = index.openCursor(range, 'prev');
  return new Promise((resolve, reject) => {
    req.onerror = () => reject(req.error ?? new Error('cursor failed'));
    req.onsuccess = () => {
      const cursor = req.result;
      if (!cursor) return resolve(rows);
      rows.push(cursor.value as T);
      if (rows.length >= count) return resolve(rows);
      cursor.continue();
    };
  });
}

/**
 * A borrower's page: the person, their open loans, the newest `count` loans of their history, their
 * holds and charges, all issued together in one read-only transaction.
 */
export async function rawBorrowerPage(db: IDBDatabase, borrowerId: string, count = 50) {
  const tx = db.transaction(['people', 'loans', 'holds', 'charges'], 'readonly');
  const loans = tx.objectStore('loans');
  const range = IDBKeyRange.bound([borrowerId], [borrowerId, TOP]);
  const [person, open, history, holds, charges] = await Promise.all([
    request(tx.objectStore('people').get(borrowerId)),
    request(
      loans
        .index('[borrowerId+open+dueDate]')
        .getAll(IDBKeyRange.bound([borrowerId, 1], [borrowerId, 1, TOP])),
    ),
    newest<Loan>(loans.index('[borrowerId+outAt]'), range, count),
    request(tx.objectStore('holds').index('[borrowerId+placedAt]').getAll(range)),
    request(tx.objectStore('charges').index('[borrowerId+createdAt]').getAll(range)),
  ]);
  return { person, open: open as Loan[], history, holds: holds.length, charges: charges.length };
}

/** Times one call in the page (ms) and keeps its answer. */
export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}
