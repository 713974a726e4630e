import { LendingRefusal } from '../../../../shared/domain/checkout-rules';
import { openDayCalendar } from '../../../../shared/domain/due-date';
import { queueOrder } from '../../../../shared/domain/holds-queue';
import { LENDING_COUNTERS, type Hold } from '../../../../shared/domain/lending';
import type { TrainDeskDatabase } from '../../db';
import { newId } from '../shared-ui';
import { readLendingConfig } from './config';
import type { LendingContext } from './context';
import { freeCopy } from './hold-shelf';
import { closedDatesFrom, holdsOfMaterial } from './reads';
import { bumpCounters, copyEvents, lendingTables, stamp } from './writes';

export interface PlaceHoldInput {
  borrowerId: string;
  materialId: string;
  /** Only this copy will do; without it any copy of the material's current edition. */
  copyId?: string;
}

/**
 * Reserves a material or one copy 预约. The hold joins the end of the material's queue; it becomes
 * ready when a copy it can take comes back (returnCopy). A borrower has at most one open hold per
 * material.
 */
export async function placeHold(
  db: TrainDeskDatabase,
  ctx: LendingContext,
  input: PlaceHoldInput,
): Promise<Hold> {
  return db.transaction('rw', lendingTables(db), async () => {
    const [borrower, material, copy, waiting, ready] = await Promise.all([
      db.people.get(input.borrowerId),
      db.materials.get(input.materialId),
      input.copyId ? db.copies.get(input.copyId) : undefined,
      holdsOfMaterial(db, input.materialId, 'waiting'),
      holdsOfMaterial(db, input.materialId, 'ready'),
    ]);
    if (!borrower || borrower.deletedAt !== undefined) throw new LendingRefusal('borrowerNotFound');
    if (borrower.status === 'left') throw new LendingRefusal('borrowerLeft', { name: borrower.name });
    if (!material || material.deletedAt !== undefined) throw new LendingRefusal('materialNotFound');
    if (input.copyId) {
      if (!copy || copy.deletedAt !== undefined || copy.materialId !== material.id) {
        throw new LendingRefusal('copyNotFound', { barcode: copy?.barcode ?? '' });
      }
      if (copy.status === 'withdrawn' || copy.recalledAt !== undefined) {
        throw new LendingRefusal('copyWithdrawn', { barcode: copy.barcode });
      }
      if (copy.status === 'lost') throw new LendingRefusal('copyLost', { barcode: copy.barcode });
    } else if (material.currentEdition === 0) {
      throw new LendingRefusal('noCurrentEdition', { title: material.title });
    }
    if ([...waiting, ...ready].some((h) => h.borrowerId === borrower.id)) {
      throw new LendingRefusal('alreadyHolding', { title: material.title });
    }
    const hold: Hold = {
      id: newId(ctx),
      createdAt: ctx.now,
      ...stamp(ctx),
      materialId: material.id,
      ...(input.copyId ? { copyId: input.copyId } : {}),
      borrowerId: borrower.id,
      borrowerName: borrower.name,
      placedAt: ctx.now,
      status: 'waiting',
    };
    await db.holds.add(hold);
    await bumpCounters(db, { [LENDING_COUNTERS.holdsWaiting]: 1 });
    return hold;
  });
}

/**
 * Ends a hold on the hold shelf (cancelled or expired): the copy passes to the next in the queue it
 * can fill, leaves circulation if it was recalled meanwhile, or goes back on the shelf.
 */
async function endReadyHold(
  db: TrainDeskDatabase,
  ctx: LendingContext,
  hold: Hold,
  status: 'cancelled' | 'expired',
  shelf: { closedDates: string[]; closedWeekdays: number[]; holdShelfDays: number },
) {
  await db.holds.put({ ...hold, status, closedAt: ctx.now, ...stamp(ctx) });
  await bumpCounters(db, { [LENDING_COUNTERS.holdsReady]: -1 });
  const copy = hold.readyCopyId ? await db.copies.get(hold.readyCopyId) : undefined;
  // The copy may have been lent to this borrower or moved by hand meanwhile: then it is not ours to move.
  if (!copy || copy.status !== 'onHoldShelf' || copy.holdId !== hold.id) return;
  const [edition, waiting] = await Promise.all([
    db.editions.get(copy.editionId),
    holdsOfMaterial(db, copy.materialId, 'waiting'),
  ]);
  const freed = await freeCopy(db, ctx, copy, {
    edition,
    waiting,
    calendar: openDayCalendar(shelf.closedWeekdays, shelf.closedDates),
    holdShelfDays: shelf.holdShelfDays,
  });
  await db.copies.put(freed.copy);
  await db.copyEvents.bulkAdd(
    copyEvents(ctx, copy, [
      {
        kind: 'holdCleared',
        borrowerId: hold.borrowerId,
        borrowerName: hold.borrowerName,
        detail: { holdId: hold.id, reason: status },
      },
      ...freed.lines,
    ]),
  );
}

/** Cancels a waiting or ready hold; a copy kept on the hold shelf for it passes on. */
export async function cancelHold(db: TrainDeskDatabase, ctx: LendingContext, holdId: string): Promise<void> {
  await db.transaction('rw', lendingTables(db), async () => {
    const [hold, config, closedDates] = await Promise.all([
      db.holds.get(holdId),
      readLendingConfig(db),
      closedDatesFrom(db, ctx.today),
    ]);
    if (!hold || (hold.status !== 'waiting' && hold.status !== 'ready'))
      throw new LendingRefusal('holdNotOpen');
    if (hold.status === 'waiting') {
      await db.holds.put({ ...hold, status: 'cancelled', closedAt: ctx.now, ...stamp(ctx) });
      await bumpCounters(db, { [LENDING_COUNTERS.holdsWaiting]: -1 });
      return;
    }
    await endReadyHold(db, ctx, hold, 'cancelled', { ...config, closedDates });
  });
}

/**
 * Expires every hold whose last day on the hold shelf is before today, in one transaction; each
 * copy passes to the next in its queue (who gets the full shelf time from today) or back to the
 * shelf. Returns how many holds expired. Safe to run at every start of the desk.
 */
export async function expireHolds(db: TrainDeskDatabase, ctx: LendingContext): Promise<number> {
  return db.transaction('rw', lendingTables(db), async () => {
    const [due, config, closedDates] = await Promise.all([
      db.holds
        .where('[status+expiresOn]')
        .between(['ready', ''], ['ready', ctx.today], true, false)
        .toArray(),
      readLendingConfig(db),
      closedDatesFrom(db, ctx.today),
    ]);
    // One after another: two expiring holds may share a queue, and each must see the other's writes.
    for (const hold of due) await endReadyHold(db, ctx, hold, 'expired', { ...config, closedDates });
    return due.length;
  });
}

/** A material's open holds, copy holds included, in queue order: those on the hold shelf first. */
export async function holdQueue(db: TrainDeskDatabase, materialId: string): Promise<Hold[]> {
  const [ready, waiting] = await Promise.all([
    holdsOfMaterial(db, materialId, 'ready'),
    holdsOfMaterial(db, materialId, 'waiting'),
  ]);
  return queueOrder([...ready, ...waiting]);
}
