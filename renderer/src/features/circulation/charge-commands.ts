import {
  changeCharge,
  receiptCounterKey,
  receiptNumber,
  type ChargeChange,
} from '../../../../shared/domain/charges';
import { DomainError } from '../../../../shared/domain/errors';
import type { Charge } from '../../../../shared/domain/lending';
import type { TrainDeskDatabase } from '../../db';
import type { WriteContext } from '../shared-ui';

/**
 * Paying, waiving and reversing charges 赔偿. Each is one transaction that re-reads the charge, so
 * two desks can never pay one charge twice. None of them changes the copy: a lost copy that turns up
 * is returned at the desk (the engine records it found), and its charge is then reversed here.
 */

async function storedCharge(db: TrainDeskDatabase, id: string): Promise<Charge> {
  const charge = await db.charges.get(id);
  if (!charge) throw new DomainError('circulation:errors.chargeNotFound');
  return charge;
}

async function applyChange(
  db: TrainDeskDatabase,
  charge: Charge,
  change: ChargeChange,
  ctx: WriteContext,
): Promise<Charge> {
  const next: Charge = { ...charge, ...changeCharge(charge, change), updatedBy: ctx.actor };
  await db.charges.put(next);
  return next;
}

/** Records the payment and gives it the year's next receipt number (`R2026-000123`). */
export function payCharge(db: TrainDeskDatabase, ctx: WriteContext, chargeId: string): Promise<Charge> {
  return db.transaction('rw', [db.charges, db.counters], async () => {
    const charge = await storedCharge(db, chargeId);
    const year = new Date(ctx.now).getFullYear();
    const key = receiptCounterKey(year);
    const sequence = ((await db.counters.get(key))?.value ?? 0) + 1;
    // Refused before the counter moves, so a refused payment never uses up a number.
    const paid = await applyChange(
      db,
      charge,
      { to: 'paid', now: ctx.now, receiptNo: receiptNumber(year, sequence) },
      ctx,
    );
    await db.counters.put({ key, value: sequence });
    return paid;
  });
}

/** Lets the borrower off the charge, with the reason; a waiver is final. */
export function waiveCharge(
  db: TrainDeskDatabase,
  ctx: WriteContext,
  chargeId: string,
  note: string,
): Promise<Charge> {
  return db.transaction('rw', [db.charges], async () =>
    applyChange(db, await storedCharge(db, chargeId), { to: 'waived', now: ctx.now, note }, ctx),
  );
}

/** Cancels an open charge made by mistake, or refunds a paid one (the lost copy came back). */
export function reverseCharge(
  db: TrainDeskDatabase,
  ctx: WriteContext,
  chargeId: string,
  note: string,
): Promise<Charge> {
  return db.transaction('rw', [db.charges], async () =>
    applyChange(db, await storedCharge(db, chargeId), { to: 'reversed', now: ctx.now, note }, ctx),
  );
}
