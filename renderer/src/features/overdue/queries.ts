import type { Collection, IndexableType } from 'dexie';
import { addDays } from '../../../../shared/domain/lending-calendar-input';
import {
  LENDING_COUNTERS,
  NOTICE_STAGES,
  type LendingConfig,
  type Loan,
  type Notice,
  type NoticeStage,
} from '../../../../shared/domain/lending';
import { daysOverdue, dueReminderStage, type ReminderStage } from '../../../../shared/domain/reminder-stages';
import type { TrainDeskDatabase } from '../../db';
import type { Page } from '../shared-ui';
import { KEY_MIN, keyMax } from '../shared-ui';

/** Which open loans the list shows: overdue (the default), due in the next seven days, or every loan out. */
export const LOAN_VIEWS = ['overdue', 'dueSoon', 'onLoan'] as const;
export type LoanView = (typeof LOAN_VIEWS)[number];

/** Days ahead that "due soon" covers, today included: a week. */
export const DUE_SOON_DAYS = 7;

export interface OverdueQuery {
  view: LoanView;
  /** `YYYY-MM-DD`, the local date the list is read for. */
  today: string;
  department?: string;
  /** Only loans at least this many days overdue (overdue view). */
  minDays?: number;
  /** Part of the borrower's name. */
  borrower?: string;
}

export interface OverdueRow {
  loan: Loan;
  daysOverdue: number;
  /** Notices already sent for the loan, oldest first. */
  notices: Notice[];
  /** The reminder a "Generate reminders" would send today, if any. */
  dueStage: ReminderStage | null;
}

/** The due-date bounds (inclusive) of a view: overdue means due before today. */
export function dueDateRange(q: OverdueQuery): [IndexableType, IndexableType] {
  if (q.view === 'dueSoon') return [q.today, addDays(q.today, DUE_SOON_DAYS - 1)];
  if (q.view === 'onLoan') return [KEY_MIN, keyMax()];
  return [KEY_MIN, addDays(q.today, -Math.max(1, q.minDays ?? 1))];
}

/**
 * The index that answers a query: open loans by due date, or one department's open loans by due
 * date. The oldest due date comes first, so the most days overdue are at the top; a borrower name
 * is checked as the cursor walks the range (an index walk, never a table scan).
 */
function openLoansCollection(
  db: TrainDeskDatabase,
  q: OverdueQuery,
  after: IndexableType[] | null,
): Collection<Loan, string> {
  const prefix: IndexableType[] = q.department ? [1, q.department] : [1];
  const index = q.department ? '[open+department+dueDate+id]' : '[open+dueDate+id]';
  const [low, high] = dueDateRange(q);
  const lower = after ?? [...prefix, low, KEY_MIN];
  let collection = db.loans.where(index).between(lower, [...prefix, high, keyMax()], after === null, true);
  const name = q.borrower?.trim().toLowerCase();
  if (name) collection = collection.filter((loan) => loan.borrowerName.toLowerCase().includes(name));
  return collection;
}

/** Notices sent for these loans, by loan, oldest first: exact `[loanId+stage]` keys, one read. */
export async function noticesOfLoans(
  db: TrainDeskDatabase,
  loanIds: string[],
): Promise<Map<string, Notice[]>> {
  const byLoan = new Map<string, Notice[]>(loanIds.map((id) => [id, []]));
  if (loanIds.length === 0) return byLoan;
  const keys = loanIds.flatMap((id) => NOTICE_STAGES.map((stage) => [id, stage]));
  const notices = await db.notices.where('[loanId+stage]').anyOf(keys).toArray();
  for (const n of notices) byLoan.get(n.loanId)?.push(n);
  for (const list of byLoan.values()) list.sort((a, b) => a.sentAt - b.sentAt);
  return byLoan;
}

export function overdueRow(
  loan: Loan,
  notices: Notice[],
  today: string,
  reminderDays: LendingConfig['reminderDays'],
): OverdueRow {
  const answer = dueReminderStage({
    dueDate: loan.dueDate,
    today,
    reminderDays,
    sent: notices.map((n) => n.stage),
  });
  return { loan, daysOverdue: daysOverdue(loan.dueDate, today), notices, dueStage: answer.stage };
}

/** One page of the overdue list, continued after the last `[…dueDate+id]` key. */
export async function fetchOverduePage(
  db: TrainDeskDatabase,
  q: OverdueQuery,
  reminderDays: LendingConfig['reminderDays'],
  after: IndexableType[] | null,
  limit: number,
): Promise<Page<OverdueRow>> {
  const loans = await openLoansCollection(db, q, after).limit(limit).toArray();
  const notices = await noticesOfLoans(
    db,
    loans.map((l) => l.id),
  );
  const rows = loans.map((loan) => overdueRow(loan, notices.get(loan.id) ?? [], q.today, reminderDays));
  const last = loans[loans.length - 1];
  const prefix: IndexableType[] = q.department ? [1, q.department] : [1];
  return { rows, after: loans.length < limit || !last ? null : [...prefix, last.dueDate, last.id] };
}

/** Rows read per query when every loan of a query is wanted ("all due a notice"). */
const WALK_PAGE = 500;

/** Every loan of the query that is due a reminder today, read page by page along the index. */
export async function loansDueANotice(
  db: TrainDeskDatabase,
  q: OverdueQuery,
  reminderDays: LendingConfig['reminderDays'],
): Promise<string[]> {
  const ids: string[] = [];
  let after: IndexableType[] | null = null;
  do {
    const page: Page<OverdueRow> = await fetchOverduePage(db, q, reminderDays, after, WALK_PAGE);
    for (const row of page.rows) if (row.dueStage) ids.push(row.loan.id);
    after = page.after;
  } while (after);
  return ids;
}

/**
 * Departments with loans out, read as a skip-scan of `[open+department+dueDate+id]`: one short
 * read per department instead of walking every loan.
 */
export async function departmentsWithLoans(db: TrainDeskDatabase): Promise<string[]> {
  const departments: string[] = [];
  const index = db.loans.where('[open+department+dueDate+id]');
  let lower: IndexableType = [1, KEY_MIN, KEY_MIN, KEY_MIN];
  for (;;) {
    const next: Loan | undefined = await index
      .between(lower, [1, keyMax(), keyMax(), keyMax()], false, true)
      .first();
    if (!next) return departments;
    departments.push(next.department);
    lower = [1, next.department, keyMax(), keyMax()] as IndexableType;
  }
}

export interface LendingOverview {
  onLoan: number;
  overdue: number;
  dueSoon: number;
  holdsWaiting: number;
  holdsReady: number;
}

/**
 * The dashboard tile's figures. Loans out and holds come from counter rows; overdue and due-soon
 * are counts of one index range each (a count costs ~10 µs an entry, and only open loans are in it).
 */
export async function readLendingOverview(db: TrainDeskDatabase, today: string): Promise<LendingOverview> {
  const counter = async (key: string) => (await db.counters.get(key))?.value ?? 0;
  const index = db.loans.where('[open+dueDate+id]');
  const [onLoan, holdsWaiting, holdsReady, overdue, dueSoon] = await Promise.all([
    counter(LENDING_COUNTERS.openLoans),
    counter(LENDING_COUNTERS.holdsWaiting),
    counter(LENDING_COUNTERS.holdsReady),
    index.between([1, KEY_MIN, KEY_MIN], [1, today, KEY_MIN], true, false).count(),
    index.between([1, today, KEY_MIN], [1, addDays(today, DUE_SOON_DAYS - 1), keyMax()], true, true).count(),
  ]);
  return { onLoan, overdue, dueSoon, holdsWaiting, holdsReady };
}

// --- the notices log ------------------------------------------------------------------------

export interface NoticeLogRow {
  notice: Notice;
  /** The loan the notice was about (title, borrower), when it still exists. */
  loan?: Loan;
}

/** Where the log continues: notices sent before `sentAt`, or at it but not yet shown. */
export interface NoticeLogCursor {
  sentAt: number;
  shownAtSentAt: string[];
}

/**
 * The record of notices sent, newest first. There is no index on `sentAt` alone, so each stage's
 * `[stage+sentAt]` range is read backwards and the four are merged. One batch shares one `sentAt`,
 * so the cursor also remembers which notices of that instant were shown already.
 */
export async function fetchNoticeLogPage(
  db: TrainDeskDatabase,
  after: NoticeLogCursor | null,
  limit: number,
  stages: readonly NoticeStage[] = NOTICE_STAGES,
): Promise<Page<NoticeLogRow, NoticeLogCursor>> {
  const seen = new Set(after?.shownAtSentAt ?? []);
  const perStage = await Promise.all(
    stages.map((stage) =>
      db.notices
        .where('[stage+sentAt]')
        .between([stage, KEY_MIN], [stage, after?.sentAt ?? Infinity], true, true)
        .reverse()
        .filter((n) => !(n.sentAt === after?.sentAt && seen.has(n.id)))
        .limit(limit)
        .toArray(),
    ),
  );
  const notices = perStage
    .flat()
    .sort((a, b) => b.sentAt - a.sentAt || b.id.localeCompare(a.id))
    .slice(0, limit);
  const loans = await db.loans.bulkGet(notices.map((n) => n.loanId));
  const rows = notices.map((notice, i) => ({ notice, loan: loans[i] }));
  const last = notices[notices.length - 1];
  if (notices.length < limit || !last) return { rows, after: null };
  const atLast = notices.filter((n) => n.sentAt === last.sentAt).map((n) => n.id);
  return {
    rows,
    after: {
      sentAt: last.sentAt,
      shownAtSentAt: last.sentAt === after?.sentAt ? [...seen, ...atLast] : atLast,
    },
  };
}

/** The notices of one batch (they share the instant they were sent), for printing its letters. */
export async function noticesSentAt(db: TrainDeskDatabase, sentAt: number): Promise<Notice[]> {
  const perStage = await Promise.all(
    NOTICE_STAGES.map((stage) => db.notices.where('[stage+sentAt]').equals([stage, sentAt]).toArray()),
  );
  return perStage.flat();
}
