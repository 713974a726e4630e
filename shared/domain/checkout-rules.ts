import type { ConditionChecklist, Copy, CopyCondition, Hold } from './lending';
import { COPY_CONDITIONS } from './lending';
import type { EditionStatus } from './material';
import type { PersonStatus } from './person';
import type { ResolvedPolicy } from './loan-policy';

/**
 * Why the desk says no. Each code has a message `lending:refusal.<code>` in both languages, with the
 * params below interpolated; a refusal always means nothing was written.
 */
export const LENDING_REFUSAL_CODES = [
  'borrowerNotFound',
  'borrowerLeft', // {name}
  'copyNotFound', // {barcode}
  'copyOnLoan', // {barcode, borrower, dueDate}
  'copyWithdrawn', // {barcode}
  'editionWithdrawn', // {barcode, edition}
  'copyLost', // {barcode}
  'copyInRepair', // {barcode}
  'atItemLimit', // {name, limit}
  'hasOverdue', // {name, count} — the office may allow an override with a reason
  'overrideNotAllowed',
  'overrideReasonRequired',
  'onHoldForOther', // {barcode, borrower}
  'copyRecalled', // {barcode} — a renewal of a recalled copy
  'renewalLimit', // {max}
  'someoneWaiting', // {count}
  'loanNotOpen',
  'notOnLoan', // {barcode}
  'alreadyHolding', // {title}
  'holdNotOpen',
  'noCurrentEdition', // {title}
  'materialNotFound',
  'noOpenDay', // the calendar closes every day
] as const;
export type LendingRefusalCode = (typeof LENDING_REFUSAL_CODES)[number];

export type RefusalParams = Record<string, string | number>;

/** A refusal the desk shows as `t(\`lending:refusal.${code}\`, params)`; thrown before anything is written. */
export class LendingRefusal extends Error {
  constructor(
    readonly code: LendingRefusalCode,
    readonly params: RefusalParams = {},
  ) {
    super(`lending refusal: ${code}`);
    this.name = 'LendingRefusal';
  }
}

export function isLendingRefusal(error: unknown): error is LendingRefusal {
  return error instanceof LendingRefusal;
}

/** What a checkout decision needs to know, all read inside the checkout's transaction. */
export interface CheckoutFacts {
  /** What was scanned, for the messages. */
  barcode: string;
  borrower?: { id: string; name: string; status: PersonStatus; deletedAt?: number };
  copy?: Pick<Copy, 'id' | 'status' | 'recalledAt' | 'deletedAt' | 'holdId'>;
  edition?: { number: number; status: EditionStatus };
  /** The copy's open loan, when it has one. */
  currentLoan?: { borrowerId: string; borrowerName: string; dueDate: string };
  /** The borrower's open loans, and how many of them are past their due date. */
  openLoanCount: number;
  overdueCount: number;
  /**
   * Open holds that may claim this copy: the ready hold it waits on the shelf for, and waiting
   * holds placed on this very copy. Material-wide waiting holds do not block a copy on the shelf:
   * nobody has been given it yet, so the one at the desk takes it (the queue gets the next return).
   */
  holds: readonly Pick<Hold, 'id' | 'borrowerId' | 'borrowerName' | 'status' | 'copyId' | 'placedAt'>[];
  policy: ResolvedPolicy;
  override?: { reason: string };
  allowOverdueOverride: boolean;
}

/**
 * The first reason to refuse a checkout, or null to lend. Order: who (unknown, left), what (unknown,
 * already out, lost, withdrawn, in repair, withdrawn edition, held for someone else), then the
 * borrower's account (limit, overdue items). The copy's state comes before the account so that the
 * desk learns "this copy is out to 王芳" before "you are at your limit", which is the more useful news.
 */
export function checkoutRefusal(f: CheckoutFacts): LendingRefusal | null {
  const { borrower, copy, barcode } = f;
  if (!borrower || borrower.deletedAt !== undefined) return new LendingRefusal('borrowerNotFound');
  if (borrower.status === 'left') return new LendingRefusal('borrowerLeft', { name: borrower.name });
  if (!copy || copy.deletedAt !== undefined) return new LendingRefusal('copyNotFound', { barcode });
  if (copy.status === 'onLoan') {
    return new LendingRefusal('copyOnLoan', {
      barcode,
      borrower: f.currentLoan?.borrowerName ?? '',
      dueDate: f.currentLoan?.dueDate ?? '',
    });
  }
  if (copy.status === 'lost') return new LendingRefusal('copyLost', { barcode });
  // A recalled copy on the shelf is as good as withdrawn: it must not go out again.
  if (copy.status === 'withdrawn' || copy.recalledAt !== undefined)
    return new LendingRefusal('copyWithdrawn', { barcode });
  if (copy.status === 'inRepair') return new LendingRefusal('copyInRepair', { barcode });
  if (f.edition?.status === 'withdrawn')
    return new LendingRefusal('editionWithdrawn', { barcode, edition: f.edition.number });
  const other = holdForOther(f);
  if (other) return new LendingRefusal('onHoldForOther', { barcode, borrower: other.borrowerName });
  if (f.openLoanCount >= f.policy.maxItems)
    return new LendingRefusal('atItemLimit', { name: borrower.name, limit: f.policy.maxItems });
  if (f.overdueCount > 0) {
    if (!f.override) return new LendingRefusal('hasOverdue', { name: borrower.name, count: f.overdueCount });
    if (!f.allowOverdueOverride) return new LendingRefusal('overrideNotAllowed');
    if (!f.override.reason.trim()) return new LendingRefusal('overrideReasonRequired');
  }
  return null;
}

/**
 * The hold that keeps this copy for somebody else: the one it waits on the shelf for, or else the
 * earliest waiting hold on this very copy. A borrower's own hold never blocks them.
 */
function holdForOther(f: CheckoutFacts) {
  const borrowerId = f.borrower?.id;
  if (f.copy?.status === 'onHoldShelf') {
    const ready = f.holds.find((h) => h.id === f.copy?.holdId && h.status === 'ready');
    return ready && ready.borrowerId !== borrowerId ? ready : undefined;
  }
  const first = f.holds
    .filter((h) => h.status === 'waiting' && h.copyId === f.copy?.id)
    .sort((a, b) => a.placedAt - b.placedAt)[0];
  return first && first.borrowerId !== borrowerId ? first : undefined;
}

/** Whether the override reason should be written on the loan: only when it was what let the loan through. */
export function overrideUsed(f: Pick<CheckoutFacts, 'overdueCount' | 'override'>): boolean {
  return f.overdueCount > 0 && !!f.override?.reason.trim();
}

export interface RenewalFacts {
  loan?: { open: 0 | 1; renewals: number; barcode: string };
  borrower?: { name: string; status: PersonStatus };
  copy?: Pick<Copy, 'recalledAt'>;
  edition?: { number: number; status: EditionStatus };
  policy: Pick<ResolvedPolicy, 'maxRenewals'>;
  /** Holds of other borrowers this copy could fill (see holds-queue `holdsThatCanTake`). */
  waitingCount: number;
}

/**
 * The first reason to refuse a renewal 续借, or null: a closed loan, a borrower who has left, a copy
 * that must come back (recalled 召回, or of a withdrawn edition), the renewal limit, then someone
 * waiting (a copy another borrower queues for goes back when it is due, as in Koha). The limit comes
 * before the queue because it is final, while a queue may clear. Overdue loans may be renewed; the
 * new due date counts from today (see due-date `renewedDueDate`).
 */
export function renewalRefusal(f: RenewalFacts): LendingRefusal | null {
  if (!f.loan || f.loan.open !== 1) return new LendingRefusal('loanNotOpen');
  if (f.borrower?.status === 'left') return new LendingRefusal('borrowerLeft', { name: f.borrower.name });
  const barcode = f.loan.barcode;
  if (f.copy?.recalledAt !== undefined) return new LendingRefusal('copyRecalled', { barcode });
  if (f.edition?.status === 'withdrawn')
    return new LendingRefusal('editionWithdrawn', { barcode, edition: f.edition.number });
  if (f.loan.renewals >= f.policy.maxRenewals)
    return new LendingRefusal('renewalLimit', { max: f.policy.maxRenewals });
  if (f.waitingCount > 0) return new LendingRefusal('someoneWaiting', { count: f.waitingCount });
  return null;
}

const RANK = (c: CopyCondition) => COPY_CONDITIONS.indexOf(c);
const worse = (a: CopyCondition, b: CopyCondition) => (RANK(a) >= RANK(b) ? a : b);

/**
 * What the return checklist 归还检查 says about the copy. Mapping (decided here, shown to the desk):
 * - writing in it, or a damaged cover → at least `worn` (still lendable, looks used);
 * - pages missing, water damage, or discs/accessories missing → `damaged` (the content is incomplete);
 * - nothing ticked → no finding (null), the copy keeps its condition.
 */
export function conditionFromChecklist(checklist: ConditionChecklist): CopyCondition | null {
  if (checklist.pagesMissing || checklist.waterDamage || !checklist.accessoriesPresent) return 'damaged';
  if (checklist.writing || checklist.coverDamaged) return 'worn';
  return null;
}

/**
 * The copy's condition after a return. An explicit condition chosen at the desk wins (it may also
 * say "better than recorded", after a clean-up). A checklist only ever makes it worse: a copy
 * recorded as `damaged` stays so even with nothing ticked, since the checklist cannot tell repairs.
 * Damaged beyond use is `damaged` whatever else was said.
 */
export function conditionAfterReturn(
  current: CopyCondition,
  input: { checklist?: ConditionChecklist; condition?: CopyCondition; beyondUse?: boolean },
): CopyCondition {
  if (input.beyondUse) return 'damaged';
  if (input.condition) return input.condition;
  const found = input.checklist ? conditionFromChecklist(input.checklist) : null;
  return found ? worse(current, found) : current;
}

/** Why a returned copy leaves circulation instead of going back on the shelf, or null. */
export function withdrawalOnReturn(
  copy: Pick<Copy, 'recalledAt'>,
  edition: { status: EditionStatus } | undefined,
): 'recalled' | 'editionWithdrawn' | null {
  if (edition?.status === 'withdrawn') return 'editionWithdrawn';
  if (copy.recalledAt !== undefined) return 'recalled';
  return null;
}

/** The charge for a copy damaged beyond use: a set amount, else the office's damage charge, else the replacement cost. */
export function damageChargeAmount(
  replacementCost: number,
  configured: number | null,
  chosen?: number,
): number {
  return chosen ?? configured ?? replacementCost;
}
