import { LendingRefusal } from '../../../../shared/domain/checkout-rules';
import {
  CURRENCY,
  LENDING_COUNTERS,
  type Charge,
  type Copy,
  type Loan,
} from '../../../../shared/domain/lending';
import type { TrainDeskDatabase } from '../../db';
import { newId } from '../shared-ui';
import type { LendingContext } from './context';
import { bumpCounters, copyEvents, lendingTables, stamp, without } from './writes';

export interface DeclareLostInput {
  loanId: string;
  /** Fen; the copy's replacement cost when not given. */
  amount?: number;
}

/**
 * Declares a copy on loan lost 丢失: the loan closes with `lostAt`, the copy's status becomes lost,
 * and an open charge 赔偿 at the replacement cost (or the amount given) is raised for the borrower.
 * If the copy turns up, returnCopy takes it back and lists this charge so it can be reversed.
 */
export async function declareLost(
  db: TrainDeskDatabase,
  ctx: LendingContext,
  input: DeclareLostInput,
): Promise<Charge> {
  if (input.amount !== undefined && (!Number.isInteger(input.amount) || input.amount < 0)) {
    throw new RangeError('a charge is a whole, non-negative number of fen');
  }
  return db.transaction('rw', lendingTables(db), async () => {
    const loan = await db.loans.get(input.loanId);
    const copy = loan && (await db.copies.get(loan.copyId));
    if (!loan || loan.open !== 1 || !copy) throw new LendingRefusal('loanNotOpen');

    const lostLoan: Loan = { ...loan, open: 0, lostAt: ctx.now, ...stamp(ctx) };
    const lostCopy: Copy = { ...without(copy, 'loanId', 'holdId'), status: 'lost', ...stamp(ctx) };
    const charge: Charge = {
      id: newId(ctx),
      createdAt: ctx.now,
      ...stamp(ctx),
      borrowerId: loan.borrowerId,
      borrowerName: loan.borrowerName,
      loanId: loan.id,
      copyId: copy.id,
      barcode: copy.barcode,
      title: copy.title,
      reason: 'lost',
      amount: input.amount ?? copy.replacementCost,
      currency: CURRENCY,
      status: 'open',
    };
    await Promise.all([
      db.loans.put(lostLoan),
      db.copies.put(lostCopy),
      db.charges.add(charge),
      db.copyEvents.bulkAdd(
        copyEvents(ctx, copy, [
          {
            kind: 'lost',
            loanId: loan.id,
            borrowerId: loan.borrowerId,
            borrowerName: loan.borrowerName,
            detail: { chargeId: charge.id, amount: charge.amount },
          },
        ]),
      ),
      bumpCounters(db, { [LENDING_COUNTERS.openLoans]: -1 }),
    ]);
    return charge;
  });
}
