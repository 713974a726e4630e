import { renewalRefusal } from '../../../../shared/domain/checkout-rules';
import { openDayCalendar, renewedDueDate } from '../../../../shared/domain/due-date';
import { holdsThatCanTake } from '../../../../shared/domain/holds-queue';
import type { Loan } from '../../../../shared/domain/lending';
import { policyFor } from '../../../../shared/domain/loan-policy';
import type { TrainDeskDatabase } from '../../db';
import { readLendingConfig } from './config';
import type { LendingContext } from './context';
import { currentEditionIdOf } from './hold-shelf';
import { closedDatesFrom, holdsOfMaterial, policyRows } from './reads';
import { copyEvents, lendingTables, stamp } from './writes';

/**
 * Renews a loan 续借: a new due date counted from today (see due-date `renewedDueDate`), refused at
 * the rule's renewal limit, when another borrower waits for a copy like this one, or when the copy
 * must come back (recalled, or its edition withdrawn).
 */
export async function renewLoan(db: TrainDeskDatabase, ctx: LendingContext, loanId: string): Promise<Loan> {
  return db.transaction('rw', lendingTables(db), async () => {
    const [loan, config, closedDates] = await Promise.all([
      db.loans.get(loanId),
      readLendingConfig(db),
      closedDatesFrom(db, ctx.today),
    ]);
    const [copy, borrower] = await Promise.all([
      loan ? db.copies.get(loan.copyId) : undefined,
      loan ? db.people.get(loan.borrowerId) : undefined,
    ]);
    const [edition, policies, waiting] = await Promise.all([
      copy ? db.editions.get(copy.editionId) : undefined,
      copy ? policyRows(db, copy.materialType, borrower?.position) : [],
      loan ? holdsOfMaterial(db, loan.materialId, 'waiting') : [],
    ]);
    const policy = policyFor(policies, copy?.materialType ?? '*', borrower?.position);
    const waitingCount = copy
      ? holdsThatCanTake(copy, currentEditionIdOf(edition), waiting, loan?.borrowerId).length
      : 0;
    const refusal = renewalRefusal({ loan, borrower, copy, edition, policy, waitingCount });
    if (refusal) throw refusal;
    const open = loan!;

    const due = renewedDueDate(
      ctx.today,
      open.dueDate,
      policy.loanDays,
      openDayCalendar(config.closedWeekdays, closedDates),
    );
    const renewed: Loan = { ...open, dueDate: due, renewals: open.renewals + 1, ...stamp(ctx) };
    await Promise.all([
      db.loans.put(renewed),
      db.copyEvents.bulkAdd(
        copyEvents(ctx, { id: open.copyId }, [
          {
            kind: 'renewed',
            loanId: open.id,
            borrowerId: open.borrowerId,
            borrowerName: open.borrowerName,
            detail: { from: open.dueDate, to: due, renewals: renewed.renewals },
          },
        ]),
      ),
    ]);
    return renewed;
  });
}
