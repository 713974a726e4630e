import type { CopyStatus, Loan } from './lending';
import type { Edition } from './material';

/**
 * Recall 召回: when a material gets a new edition, every copy of an older edition that is out is
 * called back (one notice per loan, never twice), and those on the shelf are taken off it. A copy of
 * a withdrawn edition is recalled too: it must not circulate either.
 */

type EditionState = Pick<Edition, 'id' | 'number' | 'status'>;

/** The editions whose copies are recalled: every one that is no longer current, oldest first. */
export function editionsToRecall<E extends EditionState>(editions: readonly E[]): E[] {
  return editions.filter((e) => e.status !== 'current').sort((a, b) => a.number - b.number);
}

/** The edition that replaces them, if the material has one. */
export function currentEditionOf<E extends EditionState>(editions: readonly E[]): E | undefined {
  return editions.find((e) => e.status === 'current');
}

export interface RecallPlan {
  /** Loans that get a recall notice now. */
  send: string[];
  /** Loans that already had one: never twice. */
  alreadySent: string[];
}

/** Which open loans get a notice, given the loans that already have a recall notice. */
export function planRecall(
  loans: readonly Pick<Loan, 'id' | 'open'>[],
  noticed: ReadonlySet<string>,
): RecallPlan {
  const plan: RecallPlan = { send: [], alreadySent: [] };
  for (const loan of loans) {
    if (loan.open !== 1) continue;
    (noticed.has(loan.id) ? plan.alreadySent : plan.send).push(loan.id);
  }
  return plan;
}

/** A copy on the shelf of a recalled edition can be taken off it at once; one on the hold shelf waits for its borrower. */
export function canTakeOffShelf(status: CopyStatus): boolean {
  return status === 'available';
}

/**
 * A batch of recall notices is every notice sent in one action: they share `sentAt`, so the
 * `[stage+sentAt]` index finds the batch again for printing letters. The batch id is that instant.
 */
export function recallBatchId(sentAt: number): string {
  return String(sentAt);
}

export function parseRecallBatchId(batch: string | null): number | null {
  if (!batch || !/^\d{1,15}$/.test(batch)) return null;
  return Number(batch);
}
