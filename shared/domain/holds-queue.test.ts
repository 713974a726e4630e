import { describe, expect, it } from 'vitest';
import { openDayCalendar } from './due-date';
import {
  afterHoldShelf,
  compareHolds,
  holdCanTake,
  holdShelfExpiry,
  holdsThatCanTake,
  isHoldExpired,
  nextHoldForCopy,
  queueOrder,
  queuePosition,
} from './holds-queue';
import type { Hold } from './lending';

const hold = (id: string, placedAt: number, over: Partial<Hold> = {}): Hold => ({
  id,
  createdAt: placedAt,
  updatedAt: placedAt,
  updatedBy: 't',
  materialId: 'm1',
  borrowerId: `b-${id}`,
  borrowerName: id,
  placedAt,
  status: 'waiting',
  ...over,
});
const copy = { id: 'c1', materialId: 'm1', editionId: 'e2' };
const office = openDayCalendar(
  [0, 6],
  ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'],
);

describe('the queue', () => {
  it('is first come, first served, with holds on the shelf in front and closed ones left out', () => {
    const holds = [
      hold('late', 30),
      hold('early', 10),
      hold('served', 40, { status: 'ready' }),
      hold('gone', 5, { status: 'cancelled' }),
      hold('done', 1, { status: 'fulfilled' }),
    ];
    expect(queueOrder(holds).map((h) => h.id)).toEqual(['served', 'early', 'late']);
    expect(queuePosition(holds, 'late')).toBe(2);
    expect(queuePosition(holds, 'served')).toBeUndefined();
  });
  it('breaks a tie of the same instant by id, so the order never changes between reads', () => {
    expect(compareHolds(hold('a', 1), hold('b', 1))).toBeLessThan(0);
    expect(compareHolds(hold('b', 1), hold('a', 1))).toBeGreaterThan(0);
  });
});

describe('which hold a returned copy fills', () => {
  it('fills a material hold only with a copy of the current edition', () => {
    expect(holdCanTake(hold('h', 1), copy, 'e2')).toBe(true);
    expect(holdCanTake(hold('h', 1), copy, 'e3')).toBe(false);
    expect(holdCanTake(hold('h', 1), copy, undefined)).toBe(false);
    expect(holdCanTake(hold('h', 1, { materialId: 'm2' }), copy, 'e2')).toBe(false);
  });
  it('fills a copy hold only with that copy, whatever its edition', () => {
    expect(holdCanTake(hold('h', 1, { copyId: 'c1' }), copy, 'e3')).toBe(true);
    expect(holdCanTake(hold('h', 1, { copyId: 'c9' }), copy, 'e2')).toBe(false);
  });
  it('never fills a hold that is not waiting', () => {
    expect(holdCanTake(hold('h', 1, { status: 'ready' }), copy, 'e2')).toBe(false);
  });
  it('serves copy holds and material holds in one queue by time placed', () => {
    const holds = [
      hold('material', 20),
      hold('thisCopy', 30, { copyId: 'c1' }),
      hold('otherCopy', 10, { copyId: 'c2' }),
    ];
    expect(nextHoldForCopy(copy, 'e2', holds)?.id).toBe('material');
    // A superseded-edition copy only serves the hold placed on it.
    expect(nextHoldForCopy(copy, 'e3', holds)?.id).toBe('thisCopy');
    expect(nextHoldForCopy(copy, 'e2', [hold('otherCopy', 10, { copyId: 'c2' })])).toBeUndefined();
  });
  it('leaves one borrower out when asked (renewal: the borrower’s own hold is no reason to refuse)', () => {
    const holds = [hold('mine', 1, { borrowerId: 'me' }), hold('theirs', 2)];
    expect(holdsThatCanTake(copy, 'e2', holds, 'me').map((h) => h.id)).toEqual(['theirs']);
  });
});

describe('the hold shelf', () => {
  it('keeps a copy for the configured number of open days', () => {
    expect(holdShelfExpiry('2026-09-28', 3, office)).toBe('2026-10-08');
    expect(holdShelfExpiry('2026-09-10', 7, office)).toBe('2026-09-21');
  });
  it('expires a ready hold the day after its last day', () => {
    const ready = hold('h', 1, { status: 'ready', expiresOn: '2026-10-08' });
    expect(isHoldExpired(ready, '2026-10-08')).toBe(false);
    expect(isHoldExpired(ready, '2026-10-09')).toBe(true);
    expect(isHoldExpired({ ...ready, status: 'fulfilled' }, '2026-10-09')).toBe(false);
  });
  it('passes an expired copy to the next in the queue, or back to the shelf', () => {
    const expired = hold('first', 1, { status: 'expired' });
    expect(afterHoldShelf(copy, 'e2', [expired, hold('second', 2)])).toEqual({
      kind: 'nextHold',
      hold: expect.objectContaining({ id: 'second' }),
    });
    expect(afterHoldShelf(copy, 'e2', [expired])).toEqual({ kind: 'available' });
  });
});
