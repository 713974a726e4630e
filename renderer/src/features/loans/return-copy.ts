import Dexie from 'dexie';
import {
  conditionAfterReturn,
  damageChargeAmount,
  LendingRefusal,
} from '../../../../shared/domain/checkout-rules';
import { daysOverdue, openDayCalendar } from '../../../../shared/domain/due-date';
import {
  CURRENCY,
  LENDING_COUNTERS,
  type Charge,
  type ConditionChecklist,
  type Copy,
  type CopyCondition,
  type Hold,
  type Loan,
} from '../../../../shared/domain/lending';
import type { TrainDeskDatabase } from '../../db';
import { newId } from '../shared-ui';
import { readLendingConfig } from './config';
import type { LendingContext } from './context';
import { freeCopy } from './hold-shelf';
import { closedDatesFrom, copyByBarcode, holdsOfMaterial, lastLoanOfCopy } from './reads';
import { bumpCounters, copyEvents, lendingTables, stamp, without, type CopyEventLine } from './writes';

export interface ReturnInput {
  barcode: string;
  checklist?: ConditionChecklist;
  /** The condition chosen at the desk; wins over what the checklist implies. */
  condition?: CopyCondition;
  /** Damaged beyond use: a charge, and the copy written off or sent to repair. */
  beyondUse?: { disposition: 'writeOff' | 'repair'; amount?: number };
}

export interface ReturnResult {
  loan?: Loan;
  copy: Copy;
  /** Someone waits: put the copy on the hold shelf for them. */
  holdShelf?: { hold: Hold; borrowerName: string; expiresOn: string };
  /** The copy leaves circulation: it was recalled, or its edition was withdrawn. */
  withdrawn?: 'recalled' | 'editionWithdrawn';
  /** The charge for a copy damaged beyond use. */
  charge?: Charge;
  /** The copy had been declared lost and turned up. */
  wasLost?: boolean;
  /** For a lost copy that turned up: the loss charges still open, so the desk can offer to reverse them. */
  openCharges?: Charge[];
}

/**
 * Takes a copy back 归还 by its barcode alone. Closes the loan, updates the copy's condition from the
 * checklist, and decides where the copy goes: written off or to repair when damaged beyond use (with
 * a charge), withdrawn when recalled or its edition was withdrawn, the hold shelf when someone waits,
 * else the shelf. A copy declared lost is taken back the same way (`wasLost`). One transaction.
 */
export async function returnCopy(
  db: TrainDeskDatabase,
  ctx: LendingContext,
  input: ReturnInput,
): Promise<ReturnResult> {
  const barcode = input.barcode.trim();
  const amount = input.beyondUse?.amount;
  if (amount !== undefined && (!Number.isInteger(amount) || amount < 0)) {
    throw new RangeError('a charge is a whole, non-negative number of fen');
  }
  return db.transaction('rw', lendingTables(db), async () => {
    const [copy, config, closedDates] = await Promise.all([
      copyByBarcode(db, barcode),
      readLendingConfig(db),
      closedDatesFrom(db, ctx.today),
    ]);
    if (!copy || copy.deletedAt !== undefined) throw new LendingRefusal('copyNotFound', { barcode });
    const wasLost = copy.status === 'lost';
    if (copy.status !== 'onLoan' && !wasLost) throw new LendingRefusal('notOnLoan', { barcode });

    const [loan, edition, waiting, copyCharges] = await Promise.all([
      wasLost ? lastLoanOfCopy(db, copy.id) : copy.loanId ? db.loans.get(copy.loanId) : undefined,
      db.editions.get(copy.editionId),
      holdsOfMaterial(db, copy.materialId, 'waiting'),
      wasLost
        ? db.charges
            .where('[copyId+createdAt]')
            .between([copy.id, Dexie.minKey], [copy.id, Dexie.maxKey])
            .toArray()
        : [],
    ]);
    // An open loan for an onLoan copy; for a lost copy, the loan it was lost on (closed, with lostAt).
    if (!loan || (wasLost ? loan.lostAt === undefined || loan.returnedAt !== undefined : loan.open !== 1)) {
      throw new LendingRefusal('notOnLoan', { barcode });
    }

    const condition = conditionAfterReturn(copy.condition, {
      checklist: input.checklist,
      condition: input.condition,
      beyondUse: input.beyondUse !== undefined,
    });
    const returned: Loan = {
      ...loan,
      open: 0,
      returnedAt: ctx.now,
      ...(input.checklist ? { returnCondition: input.checklist } : {}),
      ...stamp(ctx),
    };
    const lines: CopyEventLine[] = [
      {
        kind: wasLost ? 'found' : 'returned',
        loanId: loan.id,
        borrowerId: loan.borrowerId,
        borrowerName: loan.borrowerName,
        detail: { dueDate: loan.dueDate, daysOverdue: daysOverdue(loan.dueDate, ctx.today), condition },
      },
    ];
    if (condition !== copy.condition) {
      lines.push({ kind: 'conditionChanged', detail: { from: copy.condition, to: condition } });
    }

    let result: Omit<ReturnResult, 'loan' | 'wasLost' | 'openCharges'>;
    if (input.beyondUse) {
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
        reason: 'damaged',
        amount: damageChargeAmount(copy.replacementCost, config.damageCharge, amount),
        currency: CURRENCY,
        status: 'open',
      };
      await db.charges.add(charge);
      const writeOff = input.beyondUse.disposition === 'writeOff';
      lines.push({
        kind: writeOff ? 'withdrawn' : 'toRepair',
        detail: { reason: 'beyondUse', chargeId: charge.id, amount: charge.amount },
      });
      result = {
        copy: {
          ...without(copy, 'loanId', 'holdId'),
          status: writeOff ? 'withdrawn' : 'inRepair',
          ...stamp(ctx),
        },
        charge,
      };
    } else {
      const freed = await freeCopy(db, ctx, copy, {
        edition,
        waiting,
        calendar: openDayCalendar(config.closedWeekdays, closedDates),
        holdShelfDays: config.holdShelfDays,
      });
      lines.push(...freed.lines);
      result = {
        copy: freed.copy,
        ...(freed.readyHold
          ? {
              holdShelf: {
                hold: freed.readyHold,
                borrowerName: freed.readyHold.borrowerName,
                expiresOn: freed.readyHold.expiresOn!,
              },
            }
          : {}),
        ...(freed.withdrawn ? { withdrawn: freed.withdrawn } : {}),
      };
    }
    const copyAfter: Copy = { ...result.copy, condition };
    const openCharges = copyCharges.filter(
      (c) => c.loanId === loan.id && c.status === 'open' && c.deletedAt === undefined,
    );

    await Promise.all([
      db.loans.put(returned),
      db.copies.put(copyAfter),
      db.copyEvents.bulkAdd(copyEvents(ctx, copy, lines)),
      // A lost loan left the open-loan count when it was declared lost.
      wasLost ? undefined : bumpCounters(db, { [LENDING_COUNTERS.openLoans]: -1 }),
    ]);
    return {
      ...result,
      loan: returned,
      copy: copyAfter,
      ...(wasLost ? { wasLost: true, openCharges } : {}),
    };
  });
}
