import type { DeletedFlag, RecordMeta } from './record';
import type { MaterialType } from './material';

/**
 * Material lending 借阅与归还: the printed copies of a material's editions and everything that
 * happens to them. Materials and editions come from course authoring; their ids never change, so a
 * copy keeps pointing at the edition it was printed from.
 *
 * Conventions (DESIGN.md "Where data lives"): instants are epoch ms, calendar dates `YYYY-MM-DD`,
 * money integer fen (分) with a currency code.
 */

export const COPY_CONDITIONS = ['new', 'good', 'worn', 'damaged'] as const;
export type CopyCondition = (typeof COPY_CONDITIONS)[number];

export const COPY_STATUSES = ['available', 'onLoan', 'onHoldShelf', 'inRepair', 'lost', 'withdrawn'] as const;
export type CopyStatus = (typeof COPY_STATUSES)[number];

export const CURRENCY = 'CNY';

/** A physical copy 馆藏副本 of one edition of a material. */
export interface Copy extends RecordMeta {
  barcode: string;
  materialId: string;
  editionId: string;
  /** The edition's number, kept beside the id so labels and lists need no second read. */
  editionNumber: number;
  /** The material's title and type at the time of the last write, for lists and the loan-policy lookup. */
  title: string;
  materialType: MaterialType;
  /** Shelf location 架位, free text ("A-03-2"). */
  location: string;
  /** `YYYY-MM-DD`. */
  acquiredOn: string;
  /** Replacement cost in fen. */
  replacementCost: number;
  currency: typeof CURRENCY;
  condition: CopyCondition;
  status: CopyStatus;
  /** The open loan while status is onLoan. */
  loanId?: string;
  /** The hold this copy waits on the hold shelf for, while status is onHoldShelf. */
  holdId?: string;
  /** Set when a recall of a superseded edition covers this copy: it is withdrawn when it comes back. */
  recalledAt?: number;
  notes: string;
  del: DeletedFlag;
}

/** What the borrower found wrong at return 归还检查. */
export interface ConditionChecklist {
  pagesMissing: boolean;
  writing: boolean;
  waterDamage: boolean;
  coverDamaged: boolean;
  /** Discs and accessories present (true when there are none to check). */
  accessoriesPresent: boolean;
  note?: string;
}

/** Why an overdue borrower was lent to anyway, and who allowed it. */
export interface LoanOverride {
  reason: string;
  by: string;
  at: number;
}

/** One loan 借阅 of one copy to one borrower. Open while `open` is 1. */
export interface Loan extends RecordMeta {
  copyId: string;
  barcode: string;
  materialId: string;
  editionId: string;
  title: string;
  borrowerId: string;
  borrowerName: string;
  /** The borrower's department when the loan was made: the overdue list filters by it. */
  department: string;
  outAt: number;
  /** `YYYY-MM-DD`, never a day the office is closed. */
  dueDate: string;
  renewals: number;
  /** 1 while the copy is out (indexed: IndexedDB cannot index booleans). */
  open: 0 | 1;
  returnedAt?: number;
  returnCondition?: ConditionChecklist;
  /** Set when the copy was declared lost instead of returned. */
  lostAt?: number;
  override?: LoanOverride;
}

export const HOLD_STATUSES = ['waiting', 'ready', 'fulfilled', 'cancelled', 'expired'] as const;
export type HoldStatus = (typeof HOLD_STATUSES)[number];

/**
 * A reservation 预约 of a material (any copy of its current edition) or of one copy. `ready` while a
 * copy waits for the borrower on the hold shelf, until `expiresOn`.
 */
export interface Hold extends RecordMeta {
  materialId: string;
  /** Only this copy will do. */
  copyId?: string;
  borrowerId: string;
  borrowerName: string;
  placedAt: number;
  status: HoldStatus;
  /** The copy put on the hold shelf for this hold. */
  readyCopyId?: string;
  readyAt?: number;
  /** `YYYY-MM-DD`: the last day the copy waits on the shelf. */
  expiresOn?: string;
  closedAt?: number;
}

export const CHARGE_REASONS = ['lost', 'damaged'] as const;
export type ChargeReason = (typeof CHARGE_REASONS)[number];

export const CHARGE_STATUSES = ['open', 'paid', 'waived', 'reversed'] as const;
export type ChargeStatus = (typeof CHARGE_STATUSES)[number];

/** A charge 赔偿 for a lost or damaged copy. */
export interface Charge extends RecordMeta {
  borrowerId: string;
  borrowerName: string;
  loanId?: string;
  copyId: string;
  barcode: string;
  title: string;
  reason: ChargeReason;
  /** Fen. */
  amount: number;
  currency: typeof CURRENCY;
  status: ChargeStatus;
  paidAt?: number;
  /** Receipt number, given when paid. */
  receiptNo?: string;
  /** Why it was waived or reversed. */
  statusNote?: string;
}

export const NOTICE_STAGES = ['first', 'second', 'final', 'recall'] as const;
export type NoticeStage = (typeof NOTICE_STAGES)[number];

/** A reminder 催还 or recall 召回 notice that went out for a loan; one per loan and stage. */
export interface Notice extends RecordMeta {
  loanId: string;
  borrowerId: string;
  stage: NoticeStage;
  sentAt: number;
  /** How it went out: printed letter or copied text. */
  channel: 'letter' | 'text';
  /** The text as sent, so the record says exactly what the borrower received. */
  body: string;
}

export const COPY_EVENT_KINDS = [
  'added',
  'edited',
  'checkout',
  'renewed',
  'returned',
  'conditionChanged',
  'holdShelf',
  'holdCleared',
  'lost',
  'found',
  'toRepair',
  'repaired',
  'withdrawn',
  'recalled',
  'stocktakeSeen',
] as const;
export type CopyEventKind = (typeof COPY_EVENT_KINDS)[number];

/** One line of a copy's history. Written in the same transaction as the change it records. */
export interface CopyEvent {
  id: string;
  copyId: string;
  at: number;
  kind: CopyEventKind;
  actor: string;
  loanId?: string;
  borrowerId?: string;
  borrowerName?: string;
  /** Small facts of the event (due date, condition before/after, reason …), shown on the copy's page. */
  detail?: Record<string, string | number | boolean>;
}

/** Any material type or any position: the default row of the rules matrix. */
export const ANY = '*';

/** One cell of the rules matrix 借阅规则: material type × borrower position (or ANY). */
export interface LoanPolicy extends RecordMeta {
  materialType: MaterialType | typeof ANY;
  /** A known position key, a position as typed in the registry, or ANY. */
  position: string;
  loanDays: number;
  maxRenewals: number;
  maxItems: number;
}

/** A day the office is closed 闭馆日 besides the weekly closed days. */
export interface ClosedDay {
  /** `YYYY-MM-DD`. */
  date: string;
  note: string;
}

/** Office-wide lending settings, one row in `lendingConfig` under LENDING_CONFIG_KEY. */
export interface LendingConfig {
  key: typeof LENDING_CONFIG_KEY;
  /** Weekdays the office is closed, 0 = Sunday … 6 = Saturday. */
  closedWeekdays: number[];
  /** Days a copy waits on the hold shelf before the hold passes to the next in the queue. */
  holdShelfDays: number;
  /** Whether the desk may lend to a borrower with overdue items, with a logged reason. */
  allowOverdueOverride: boolean;
  /** Days overdue at which each reminder stage becomes due. */
  reminderDays: { first: number; second: number; final: number };
  /** Charge for a copy damaged beyond use when not the replacement cost; fen, null = replacement cost. */
  damageCharge: number | null;
  /** Who receives the final notice for a department: department name → person id. */
  departmentManagers: Record<string, string>;
  /** Notice templates per stage and language; placeholders in braces, see notice rendering. */
  templates: Partial<Record<NoticeStage, { 'zh-CN': string; en: string }>>;
}

export const LENDING_CONFIG_KEY = 'lending';

/** What the app ships with: weekends closed, a week on the hold shelf, reminders at 1, 8 and 15 days overdue. */
export function defaultLendingConfig(): LendingConfig {
  return {
    key: LENDING_CONFIG_KEY,
    closedWeekdays: [0, 6],
    holdShelfDays: 7,
    allowOverdueOverride: true,
    reminderDays: { first: 1, second: 8, final: 15 },
    damageCharge: null,
    departmentManagers: {},
    templates: {},
  };
}

/** The rule used when the matrix has no row for a material type and position, not even a default row. */
export const FALLBACK_POLICY = { loanDays: 30, maxRenewals: 2, maxItems: 5 } as const;

/** A stocktake 盘点: copies scanned on the shelves, compared with the records. */
export interface Stocktake extends RecordMeta {
  startedAt: number;
  finishedAt?: number;
  /** Shelf locations it covers; empty = every location. */
  locations: string[];
  scanned: number;
  /** What it found, kept when it was finished so that a past report reads as it was on the day. */
  report?: StocktakeReport;
}

/** One copy in a stocktake report, as the records stood when the stocktake was finished. */
export interface StocktakeReportLine {
  copyId: string;
  barcode: string;
  title: string;
  editionNumber: number;
  location: string;
  status: CopyStatus;
  /** Who has it, for a copy on loan. */
  borrowerName?: string;
  dueDate?: string;
}

export interface StocktakeReport {
  /** On the shelf by the records (available or on the hold shelf, in its locations) but not scanned. */
  missing: StocktakeReportLine[];
  /** Scanned, but the records say it is on loan, lost, withdrawn or in repair. */
  notOnShelf: StocktakeReportLine[];
  /** Scanned and on the shelf by the records, but recorded at a location the stocktake does not cover. */
  misplaced: StocktakeReportLine[];
  /** Scanned barcodes that no copy has. */
  unknown: string[];
}

export interface StocktakeScan {
  stocktakeId: string;
  barcode: string;
  at: number;
}

/** Counter keys kept in the same transaction as the lending writes they count. */
export const LENDING_COUNTERS = {
  openLoans: 'lending.openLoans',
  holdsWaiting: 'lending.holdsWaiting',
  holdsReady: 'lending.holdsReady',
  copies: 'lending.copies',
} as const;
