import { checkoutRefusal, overrideUsed } from '../../../../shared/domain/checkout-rules';
import { dueDate, openDayCalendar } from '../../../../shared/domain/due-date';
import { holdCanTake } from '../../../../shared/domain/holds-queue';
import { LENDING_COUNTERS, type Copy, type Hold, type Loan } from '../../../../shared/domain/lending';
import { policyFor } from '../../../../shared/domain/loan-policy';
import type { TrainDeskDatabase } from '../../db';
import { newId } from '../shared-ui';
import { readLendingConfig } from './config';
import type { LendingContext } from './context';
import { currentEditionIdOf } from './hold-shelf';
import { closedDatesFrom, copyByBarcode, holdsOfMaterial, openLoansOf, policyRows } from './reads';
import { bumpCounters, copyEvents, lendingTables, stamp, without } from './writes';

export interface CheckoutInput {
  borrowerId: string;
  barcode: string;
  /** Lend although the borrower has overdue items, when the office allows it; the reason is kept on the loan. */
  override?: { reason: string };
}

export interface CheckoutResult {
  loan: Loan;
  copy: Copy;
  /** The borrower's own hold this loan fulfilled (the copy on the hold shelf for them, or their waiting hold). */
  fulfilledHold?: Hold;
}

/**
 * Lends one copy 借出. One transaction re-reads the copy, the borrower's loans and the holds, decides
 * (checkout-rules), and writes the loan, the copy, the fulfilled hold, the copy's history and the
 * counters, or refuses with a LendingRefusal and writes nothing. IndexedDB runs read-write
 * transactions on the same tables one after another, so two desks scanning one copy at once get one
 * loan and one "copy on loan" refusal.
 */
export async function checkout(
  db: TrainDeskDatabase,
  ctx: LendingContext,
  input: CheckoutInput,
): Promise<CheckoutResult> {
  const barcode = input.barcode.trim();
  return db.transaction('rw', lendingTables(db), async () => {
    const [borrower, copy, config, closedDates, openLoans] = await Promise.all([
      db.people.get(input.borrowerId),
      copyByBarcode(db, barcode),
      readLendingConfig(db),
      closedDatesFrom(db, ctx.today),
      openLoansOf(db, input.borrowerId),
    ]);
    const [edition, currentLoan, policies, waiting, ready] = await Promise.all([
      copy ? db.editions.get(copy.editionId) : undefined,
      copy?.loanId ? db.loans.get(copy.loanId) : undefined,
      copy ? policyRows(db, copy.materialType, borrower?.position) : [],
      copy ? holdsOfMaterial(db, copy.materialId, 'waiting') : [],
      copy?.holdId ? db.holds.get(copy.holdId) : undefined,
    ]);
    const policy = policyFor(policies, copy?.materialType ?? '*', borrower?.position);
    const overdueCount = openLoans.filter((l) => l.dueDate < ctx.today).length;
    const facts = {
      barcode,
      borrower,
      copy,
      edition,
      currentLoan,
      openLoanCount: openLoans.length,
      overdueCount,
      holds: [...(ready ? [ready] : []), ...waiting.filter((h) => h.copyId === copy?.id)],
      policy,
      override: input.override,
      allowOverdueOverride: config.allowOverdueOverride,
    };
    const refusal = checkoutRefusal(facts);
    if (refusal) throw refusal;
    // checkoutRefusal has made sure both exist.
    const person = borrower!;
    const lent = copy!;

    const due = dueDate(ctx.today, policy.loanDays, openDayCalendar(config.closedWeekdays, closedDates));
    const loan: Loan = {
      id: newId(ctx),
      createdAt: ctx.now,
      ...stamp(ctx),
      copyId: lent.id,
      barcode: lent.barcode,
      materialId: lent.materialId,
      editionId: lent.editionId,
      title: lent.title,
      borrowerId: person.id,
      borrowerName: person.name,
      department: person.department ?? '',
      outAt: ctx.now,
      dueDate: due,
      renewals: 0,
      open: 1,
      ...(overrideUsed(facts)
        ? { override: { reason: input.override!.reason.trim(), by: ctx.actor, at: ctx.now } }
        : {}),
    };
    const onLoan: Copy = { ...without(lent, 'holdId'), status: 'onLoan', loanId: loan.id, ...stamp(ctx) };

    // The borrower's own hold ends here: the copy kept for them on the shelf, or a waiting hold this copy fills.
    const own =
      ready && ready.status === 'ready' && ready.borrowerId === person.id
        ? ready
        : waiting.find(
            (h) => h.borrowerId === person.id && holdCanTake(h, lent, currentEditionIdOf(edition)),
          );
    const fulfilledHold: Hold | undefined = own && {
      ...own,
      status: 'fulfilled',
      closedAt: ctx.now,
      ...stamp(ctx),
    };

    await Promise.all([
      db.loans.add(loan),
      db.copies.put(onLoan),
      fulfilledHold && db.holds.put(fulfilledHold),
      db.copyEvents.bulkAdd(
        copyEvents(ctx, lent, [
          {
            kind: 'checkout',
            loanId: loan.id,
            borrowerId: person.id,
            borrowerName: person.name,
            detail: {
              dueDate: due,
              ...(loan.override ? { override: loan.override.reason } : {}),
              ...(fulfilledHold ? { holdId: fulfilledHold.id } : {}),
            },
          },
        ]),
      ),
      bumpCounters(db, {
        [LENDING_COUNTERS.openLoans]: 1,
        ...(own?.status === 'ready' ? { [LENDING_COUNTERS.holdsReady]: -1 } : {}),
        ...(own?.status === 'waiting' ? { [LENDING_COUNTERS.holdsWaiting]: -1 } : {}),
      }),
    ]);
    return { loan, copy: onLoan, ...(fulfilledHold ? { fulfilledHold } : {}) };
  });
}
