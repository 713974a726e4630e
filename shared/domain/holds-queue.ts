import type { Copy, Hold } from './lending';
import { addOpenDays, type OpenDayCalendar } from './due-date';

/**
 * The holds queue 预约队列 of a material. A hold is for the material (any copy of its current edition)
 * or for one copy. The queue is first come, first served by the time the hold was placed; holds
 * already given a copy (ready, on the hold shelf) stand at the front because they are being served.
 */

type QueuedHold = Pick<Hold, 'id' | 'status' | 'placedAt'>;

const STAGE: Partial<Record<Hold['status'], number>> = { ready: 0, waiting: 1 };

/** Sort order of a queue: ready before waiting, then by when placed, then by id (a stable tie-break). */
export function compareHolds(a: QueuedHold, b: QueuedHold): number {
  return (
    (STAGE[a.status] ?? 2) - (STAGE[b.status] ?? 2) ||
    a.placedAt - b.placedAt ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** The open holds (waiting or ready) in queue order; closed ones (fulfilled, cancelled, expired) are left out. */
export function queueOrder<H extends QueuedHold>(holds: readonly H[]): H[] {
  return holds.filter((h) => h.status === 'waiting' || h.status === 'ready').sort(compareHolds);
}

/** A waiting hold's place in line (1 = next to be served), or undefined when it is not waiting. */
export function queuePosition(holds: readonly QueuedHold[], holdId: string): number | undefined {
  const waiting = queueOrder(holds).filter((h) => h.status === 'waiting');
  const index = waiting.findIndex((h) => h.id === holdId);
  return index < 0 ? undefined : index + 1;
}

/**
 * Whether a waiting hold can be filled by this copy: a copy hold only by its own copy, a material
 * hold only by a copy of the material's current edition (`currentEditionId`; undefined when the
 * material has none, and then no material hold can be filled).
 */
export function holdCanTake(
  hold: Pick<Hold, 'status' | 'materialId' | 'copyId'>,
  copy: Pick<Copy, 'id' | 'materialId' | 'editionId'>,
  currentEditionId: string | undefined,
): boolean {
  if (hold.status !== 'waiting') return false;
  if (hold.copyId !== undefined) return hold.copyId === copy.id;
  return (
    hold.materialId === copy.materialId &&
    currentEditionId !== undefined &&
    copy.editionId === currentEditionId
  );
}

/** The waiting holds this copy could fill, in queue order (optionally leaving one borrower out). */
export function holdsThatCanTake<H extends Hold>(
  copy: Pick<Copy, 'id' | 'materialId' | 'editionId'>,
  currentEditionId: string | undefined,
  holds: readonly H[],
  exceptBorrowerId?: string,
): H[] {
  return queueOrder(holds).filter(
    (h) => holdCanTake(h, copy, currentEditionId) && h.borrowerId !== exceptBorrowerId,
  );
}

/**
 * Who gets this copy next when it comes back or leaves the hold shelf: the first waiting hold it can
 * fill, copy holds and material holds in one queue by the time they were placed.
 */
export function nextHoldForCopy<H extends Hold>(
  copy: Pick<Copy, 'id' | 'materialId' | 'editionId'>,
  currentEditionId: string | undefined,
  holds: readonly H[],
): H | undefined {
  return holdsThatCanTake(copy, currentEditionId, holds)[0];
}

/** The last day a copy put on the hold shelf today waits: `holdShelfDays` open days after today. */
export function holdShelfExpiry(today: string, holdShelfDays: number, calendar: OpenDayCalendar): string {
  return addOpenDays(today, holdShelfDays, calendar);
}

/** A ready hold is expired the day after its last day on the shelf. */
export function isHoldExpired(hold: Pick<Hold, 'status' | 'expiresOn'>, today: string): boolean {
  return hold.status === 'ready' && hold.expiresOn !== undefined && hold.expiresOn < today;
}

/** Where a copy goes when its hold on the shelf ends (expired or cancelled). */
export type AfterHoldShelf<H> = { kind: 'nextHold'; hold: H } | { kind: 'available' };

/**
 * When a hold on the shelf expires or is cancelled, the copy passes to the next in the queue that
 * it can fill (it stays on the hold shelf under that name), or goes back to the shelf as available.
 * The expired hold itself is no longer waiting, so it never gets the copy back.
 */
export function afterHoldShelf<H extends Hold>(
  copy: Pick<Copy, 'id' | 'materialId' | 'editionId'>,
  currentEditionId: string | undefined,
  holds: readonly H[],
): AfterHoldShelf<H> {
  const next = nextHoldForCopy(copy, currentEditionId, holds);
  return next ? { kind: 'nextHold', hold: next } : { kind: 'available' };
}
