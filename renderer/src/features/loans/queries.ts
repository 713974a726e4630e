import Dexie from 'dexie';
import { ANY, type Charge, type CopyEvent, type Hold, type Loan } from '../../../../shared/domain/lending';
import { policyFor } from '../../../../shared/domain/loan-policy';
import type { Person } from '../../../../shared/domain/person';
import type { TrainDeskDatabase } from '../../db';
import type { Page } from '../shared-ui';
import { openLoansOf, policyRows } from './reads';

/**
 * The borrower at the desk by what was scanned: a card's barcode is the employee number. Exact
 * first, then upper case (a scanner in lower-case mode types "e1001" for E1001). Deleted people are
 * not found; people who have left are, so that the desk can say "has left" instead of "unknown".
 */
export async function findBorrower(db: TrainDeskDatabase, scanned: string): Promise<Person | undefined> {
  const typed = scanned.trim();
  if (!typed) return undefined;
  const candidates = typed === typed.toUpperCase() ? [typed] : [typed, typed.toUpperCase()];
  const found = await db.people.where('employeeNo').anyOf(candidates).toArray();
  const live = found.filter((p) => p.deletedAt === undefined);
  return live.find((p) => p.employeeNo === typed) ?? live[0];
}

export { openLoansOf } from './reads';

/** What the desk and the borrower's page show at a glance. Every read is one index range. */
export interface BorrowerLendingSummary {
  /** Open loans, soonest due first. */
  openLoans: Loan[];
  /** How many of them are past their due date. */
  overdue: number;
  /** Items they may have out at once by the rules row for their position, any material type. */
  limit: number;
  /** Copies waiting for them on the hold shelf. */
  readyHolds: Hold[];
  openCharges: Charge[];
}

export async function borrowerSummary(
  db: TrainDeskDatabase,
  borrowerId: string,
  today: string,
): Promise<BorrowerLendingSummary> {
  const borrower = await db.people.get(borrowerId);
  const [openLoans, policies, ready, charges] = await Promise.all([
    openLoansOf(db, borrowerId),
    policyRows(db, ANY, borrower?.position),
    // The hold shelf is short: reading all ready holds is cheaper than all of one borrower's holds ever.
    db.holds.where('[status+expiresOn]').between(['ready', Dexie.minKey], ['ready', Dexie.maxKey]).toArray(),
    db.charges
      .where('[borrowerId+createdAt]')
      .between([borrowerId, Dexie.minKey], [borrowerId, Dexie.maxKey])
      .toArray(),
  ]);
  return {
    openLoans,
    overdue: openLoans.filter((l) => l.dueDate < today).length,
    limit: policyFor(policies, ANY, borrower?.position).maxItems,
    readyHolds: ready.filter((h) => h.borrowerId === borrowerId),
    openCharges: charges.filter((c) => c.status === 'open' && c.deletedAt === undefined),
  };
}

/** Where the next page of a history continues: after this row of the `[… + at]` index. */
export interface HistoryCursor {
  at: number;
  id: string;
}

/**
 * A page of keys in newest-first order on a `[owner + time]` index: the rows strictly before the
 * cursor's time, and those at the same time with a smaller id (IndexedDB orders ties by primary key,
 * so a reversed range gives them in falling id order). Two small reads, no offset.
 */
async function newestFirst<T extends { id: string }>(
  table: Dexie.Table<T, string>,
  index: string,
  owner: string,
  after: HistoryCursor | null,
  limit: number,
  timeOf: (row: T) => number,
): Promise<Page<T, HistoryCursor>> {
  const tied = after
    ? (await table.where(index).equals([owner, after.at]).reverse().toArray()).filter((r) => r.id < after.id)
    : [];
  const upTo = after ? [owner, after.at] : [owner, Dexie.maxKey];
  const older =
    tied.length >= limit
      ? []
      : await table
          .where(index)
          .between([owner, Dexie.minKey], upTo, true, after === null)
          .reverse()
          .limit(limit - tied.length)
          .toArray();
  const rows = [...tied.slice(0, limit), ...older];
  const last = rows[rows.length - 1];
  return { rows, after: rows.length === limit && last ? { at: timeOf(last), id: last.id } : null };
}

/** A borrower's loans, newest first, current ones included; `limit` rows after `after`. */
export function loanHistoryPage(
  db: TrainDeskDatabase,
  borrowerId: string,
  after: HistoryCursor | null = null,
  limit = 50,
): Promise<Page<Loan, HistoryCursor>> {
  return newestFirst(db.loans, '[borrowerId+outAt]', borrowerId, after, limit, (l) => l.outAt);
}

/** A copy's history 副本记录, newest first. */
export function copyHistoryPage(
  db: TrainDeskDatabase,
  copyId: string,
  after: HistoryCursor | null = null,
  limit = 50,
): Promise<Page<CopyEvent, HistoryCursor>> {
  return newestFirst(db.copyEvents, '[copyId+at]', copyId, after, limit, (e) => e.at);
}
