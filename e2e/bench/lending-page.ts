/**
 * Injected into the running app's page by lending.mjs (bundled on its own, a few KB): the raw
 * IndexedDB baselines of lending-raw.ts as `window.__lendingRaw`, on one connection of their own
 * beside the app's, so that each UI figure's baseline is measured in the same page, interleaved.
 * Each call answers its time in ms (and what it read, for the checks).
 */
import {
  openRawDatabase,
  rawBorrowerPage,
  rawCheckout,
  rawOverdueFirstPage,
  rawReturn,
  timed,
  type RawBorrower,
} from './lending-raw';

let db: IDBDatabase | null = null;

async function connection(): Promise<IDBDatabase> {
  db ??= await openRawDatabase();
  return db;
}

const api = {
  async open() {
    return (await timed(connection)).ms;
  },
  async checkout(args: {
    borrower: RawBorrower;
    barcode: string;
    actor: string;
    today: string;
    dueDate: string;
    maxItems: number;
  }) {
    const raw = await connection();
    const t = await timed(() => rawCheckout(raw, args));
    return { ms: t.ms, dueDate: t.value.dueDate };
  },
  async returnCopy(args: { barcode: string; actor: string }) {
    const raw = await connection();
    return { ms: (await timed(() => rawReturn(raw, args))).ms };
  },
  async overdue(today: string, count: number) {
    const raw = await connection();
    const t = await timed(() => rawOverdueFirstPage(raw, today, count));
    return { ms: t.ms, rows: t.value.length, first: t.value[0]?.barcode ?? null };
  },
  async borrower(id: string, count: number) {
    const raw = await connection();
    const t = await timed(() => rawBorrowerPage(raw, id, count));
    return {
      ms: t.ms,
      found: t.value.person !== undefined,
      open: t.value.open.length,
      history: t.value.history.length,
    };
  },
  close() {
    db?.close();
    db = null;
  },
};

declare global {
  interface Window {
    __lendingRaw?: typeof api;
  }
}

window.__lendingRaw = api;
