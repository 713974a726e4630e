import type { TrainDeskDatabase } from '../../db';
import { holdQueue } from '../loans';
import { describeHolds, type BorrowerHold } from './borrower-queries';

/** The hold shelf is one shelf: a few hundred copies at most; more than this is shown as a count. */
export const HOLD_SHELF_LIMIT = 500;

/** Copies waiting on the hold shelf 预约架, the soonest to expire first. */
export async function holdShelf(db: TrainDeskDatabase): Promise<BorrowerHold[]> {
  const ready = await db.holds
    .where('[status+expiresOn]')
    .between(['ready', ''], ['ready', '\uffff'])
    .limit(HOLD_SHELF_LIMIT)
    .toArray();
  return describeHolds(db, ready);
}

/** A material's queue in order (the engine's order), with barcodes of copy holds and shelf copies. */
export async function describedQueue(db: TrainDeskDatabase, materialId: string): Promise<BorrowerHold[]> {
  return describeHolds(db, await holdQueue(db, materialId));
}
