import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Material } from '../../../../shared/domain/material';
import type { TrainDeskDatabase } from '../../db';
import { checkout } from './checkout';
import { cancelHold, expireHolds, holdQueue, placeHold } from './holds';
import { renewLoan } from './renew';
import { returnCopy } from './return-copy';
import {
  addCopy,
  addMaterial,
  addPerson,
  addPolicy,
  counters,
  ctx,
  historyKinds,
  openTestDb,
  setConfig,
  snapshot,
} from './test-helpers';

let db: TrainDeskDatabase;
let book: Material;

beforeEach(async () => {
  db = await openTestDb();
  await addPerson(db, { id: 'e1001', name: '张伟' });
  await addPerson(db, { id: 'e1002', name: '王芳' });
  await addPerson(db, { id: 'e1003', name: '李娜' });
  await addPerson(db, { id: 'e1004', name: '赵敏', status: 'left' });
  ({ material: book } = await addMaterial(db, 'm1', { editions: 2 }));
  await addCopy(db, 'C001', book);
  await addPolicy(db, { loanDays: 14, maxRenewals: 1, maxItems: 3 });
  // A week on the hold shelf would cross National Day; three open days keep the dates easy to follow.
  await setConfig(db, { holdShelfDays: 3 });
  await db.closedDays.bulkAdd(
    ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'].map((date) => ({
      date,
      note: '国庆节',
    })),
  );
});
afterEach(async () => {
  await db.delete();
});

const hold = (borrowerId: string, day: string, copyId?: string) =>
  placeHold(db, ctx(day), { borrowerId, materialId: 'm1', ...(copyId ? { copyId } : {}) });

describe('the holds queue', () => {
  it('puts a returned copy on the hold shelf for the first in line, passes it on at expiry, then frees it', async () => {
    await checkout(db, ctx('2026-09-01'), { borrowerId: 'e1001', barcode: 'C001' });
    const first = await hold('e1002', '2026-09-02');
    const second = await hold('e1003', '2026-09-03');
    expect((await holdQueue(db, 'm1')).map((h) => h.id)).toEqual([first.id, second.id]);
    expect(await counters(db)).toEqual({ openLoans: 1, holdsWaiting: 2, holdsReady: 0 });

    // Returned on Monday 09-28: three open days are Tue 29, Wed 30 and (after National Day) Thu 10-08.
    const back = await returnCopy(db, ctx('2026-09-28'), { barcode: 'C001' });
    expect(back.holdShelf).toMatchObject({
      borrowerName: '王芳',
      expiresOn: '2026-10-08',
      hold: { id: first.id },
    });
    expect(back.copy).toMatchObject({ status: 'onHoldShelf', holdId: first.id });
    expect(await db.holds.get(first.id)).toMatchObject({
      status: 'ready',
      readyCopyId: 'copy-C001',
      expiresOn: '2026-10-08',
    });
    expect(await counters(db)).toEqual({ openLoans: 0, holdsWaiting: 1, holdsReady: 1 });
    expect((await holdQueue(db, 'm1')).map((h) => [h.id, h.status])).toEqual([
      [first.id, 'ready'],
      [second.id, 'waiting'],
    ]);

    // Nobody else may take it meanwhile.
    const before = await snapshot(db);
    await expect(
      checkout(db, ctx('2026-09-29'), { borrowerId: 'e1001', barcode: 'C001' }),
    ).rejects.toMatchObject({
      code: 'onHoldForOther',
      params: { barcode: 'C001', borrower: '王芳' },
    });
    expect(await snapshot(db)).toEqual(before);

    // On its last day it still waits; the day after, it passes to the second in line.
    expect(await expireHolds(db, ctx('2026-10-08'))).toBe(0);
    expect(await expireHolds(db, ctx('2026-10-09'))).toBe(1);
    expect(await db.holds.get(first.id)).toMatchObject({ status: 'expired' });
    expect(await db.holds.get(second.id)).toMatchObject({ status: 'ready', expiresOn: '2026-10-14' });
    expect(await db.copies.get('copy-C001')).toMatchObject({ status: 'onHoldShelf', holdId: second.id });
    expect(await counters(db)).toEqual({ openLoans: 0, holdsWaiting: 0, holdsReady: 1 });

    // Nobody left in line: the copy goes back on the shelf.
    expect(await expireHolds(db, ctx('2026-10-15'))).toBe(1);
    const copy = await db.copies.get('copy-C001');
    expect(copy?.status).toBe('available');
    expect(copy?.holdId).toBeUndefined();
    expect(await counters(db)).toEqual({ openLoans: 0, holdsWaiting: 0, holdsReady: 0 });
    expect(await holdQueue(db, 'm1')).toEqual([]);
    expect(await historyKinds(db, 'copy-C001')).toEqual([
      'checkout',
      'returned',
      'holdShelf',
      'holdCleared',
      'holdShelf',
      'holdCleared',
    ]);
  });

  it('lends a copy on the hold shelf to the one it waits for and fulfils the hold', async () => {
    await checkout(db, ctx('2026-09-01'), { borrowerId: 'e1001', barcode: 'C001' });
    const waiting = await hold('e1002', '2026-09-02');
    await returnCopy(db, ctx('2026-09-10'), { barcode: 'C001' });
    const { fulfilledHold, copy } = await checkout(db, ctx('2026-09-11'), {
      borrowerId: 'e1002',
      barcode: 'C001',
    });
    expect(fulfilledHold).toMatchObject({ id: waiting.id, status: 'fulfilled' });
    expect(await db.holds.get(waiting.id)).toMatchObject({ status: 'fulfilled' });
    expect(copy.holdId).toBeUndefined();
    expect(await counters(db)).toEqual({ openLoans: 1, holdsWaiting: 0, holdsReady: 0 });
  });

  it('fulfils a borrower’s waiting hold when they borrow a copy from the shelf', async () => {
    await addCopy(db, 'C002', book);
    await checkout(db, ctx('2026-09-01'), { borrowerId: 'e1001', barcode: 'C001' });
    const waiting = await hold('e1002', '2026-09-02');
    // Someone else's material hold does not block a copy on the shelf: 李娜 may borrow C002…
    await addCopy(db, 'C003', book);
    await checkout(db, ctx('2026-09-03'), { borrowerId: 'e1003', barcode: 'C003' });
    // …and when 王芳 borrows C002 her hold ends.
    const { fulfilledHold } = await checkout(db, ctx('2026-09-03'), { borrowerId: 'e1002', barcode: 'C002' });
    expect(fulfilledHold?.id).toBe(waiting.id);
    expect(await counters(db)).toMatchObject({ holdsWaiting: 0, holdsReady: 0 });
  });

  it('fills a material hold only with a copy of the current edition, and a copy hold only with that copy', async () => {
    const old = await addCopy(db, 'OLD1', book, { editionId: 'm1-e1', editionNumber: 1 });
    await addCopy(db, 'C002', book);
    await checkout(db, ctx('2026-09-01'), { borrowerId: 'e1001', barcode: 'OLD1' });
    await checkout(db, ctx('2026-09-01'), { borrowerId: 'e1001', barcode: 'C002' });
    await hold('e1002', '2026-09-02');
    const onCopy = await hold('e1003', '2026-09-03', 'copy-C002');
    // The old edition's copy comes back: the material hold does not want it.
    expect((await returnCopy(db, ctx('2026-09-10'), { barcode: old.barcode })).copy.status).toBe('available');
    // C002 comes back: 王芳's material hold was first, but 李娜 asked for this very copy later. First come first served.
    const back = await returnCopy(db, ctx('2026-09-10'), { barcode: 'C002' });
    expect(back.holdShelf?.borrowerName).toBe('王芳');
    expect((await holdQueue(db, 'm1')).map((h) => h.id)).toContain(onCopy.id);
  });

  it('cancels a waiting hold, and a ready one passes its copy to the next in line', async () => {
    await checkout(db, ctx('2026-09-01'), { borrowerId: 'e1001', barcode: 'C001' });
    const first = await hold('e1002', '2026-09-02');
    const second = await hold('e1003', '2026-09-03');
    await returnCopy(db, ctx('2026-09-10'), { barcode: 'C001' });
    await cancelHold(db, ctx('2026-09-11'), first.id);
    expect(await db.holds.get(first.id)).toMatchObject({ status: 'cancelled' });
    expect(await db.copies.get('copy-C001')).toMatchObject({ status: 'onHoldShelf', holdId: second.id });
    expect(await counters(db)).toEqual({ openLoans: 0, holdsWaiting: 0, holdsReady: 1 });
    const third = await hold('e1001', '2026-09-12');
    await cancelHold(db, ctx('2026-09-12'), third.id);
    expect(await counters(db)).toEqual({ openLoans: 0, holdsWaiting: 0, holdsReady: 1 });
    const before = await snapshot(db);
    await expect(cancelHold(db, ctx('2026-09-12'), third.id)).rejects.toMatchObject({ code: 'holdNotOpen' });
    expect(await snapshot(db)).toEqual(before);
  });

  it('withdraws a recalled copy when its hold on the shelf ends instead of passing it on', async () => {
    await checkout(db, ctx('2026-09-01'), { borrowerId: 'e1001', barcode: 'C001' });
    const first = await hold('e1002', '2026-09-02');
    await hold('e1003', '2026-09-03');
    await returnCopy(db, ctx('2026-09-10'), { barcode: 'C001' });
    await db.copies.update('copy-C001', { recalledAt: 7 });
    await cancelHold(db, ctx('2026-09-11'), first.id);
    expect(await db.copies.get('copy-C001')).toMatchObject({ status: 'withdrawn' });
    expect(await counters(db)).toEqual({ openLoans: 0, holdsWaiting: 1, holdsReady: 0 });
  });

  it('refuses holds that cannot be placed, writing nothing', async () => {
    await hold('e1002', '2026-09-02');
    await addCopy(db, 'W1', book, { status: 'withdrawn' });
    await addCopy(db, 'L1', book, { status: 'lost' });
    const { material: empty } = await addMaterial(db, 'm2', { title: '服务礼仪手册', editions: 0 });
    const before = await snapshot(db);
    const cases: Array<[() => Promise<unknown>, string, Record<string, unknown>?]> = [
      [() => hold('e1002', '2026-09-03'), 'alreadyHolding', { title: '投诉处理实务' }],
      [() => hold('nobody', '2026-09-03'), 'borrowerNotFound'],
      [() => hold('e1004', '2026-09-03'), 'borrowerLeft', { name: '赵敏' }],
      [() => hold('e1001', '2026-09-03', 'copy-W1'), 'copyWithdrawn'],
      [() => hold('e1001', '2026-09-03', 'copy-L1'), 'copyLost'],
      [() => hold('e1001', '2026-09-03', 'copy-none'), 'copyNotFound'],
      [
        () => placeHold(db, ctx('2026-09-03'), { borrowerId: 'e1001', materialId: empty.id }),
        'noCurrentEdition',
        { title: '服务礼仪手册' },
      ],
      [
        () => placeHold(db, ctx('2026-09-03'), { borrowerId: 'e1001', materialId: 'gone' }),
        'materialNotFound',
      ],
    ];
    for (const [run, code, params] of cases) {
      await expect(run(), code).rejects.toMatchObject({ code, ...(params ? { params } : {}) });
    }
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('renewal', () => {
  it('renews from today up to the limit, then refuses', async () => {
    const { loan } = await checkout(db, ctx('2026-09-01'), { borrowerId: 'e1001', barcode: 'C001' });
    const renewed = await renewLoan(db, ctx('2026-09-14'), loan.id);
    expect(renewed).toMatchObject({ renewals: 1, dueDate: '2026-09-28' });
    expect(await db.loans.get(loan.id)).toEqual(renewed);
    expect(await historyKinds(db, 'copy-C001')).toEqual(['checkout', 'renewed']);
    const before = await snapshot(db);
    await expect(renewLoan(db, ctx('2026-09-20'), loan.id)).rejects.toMatchObject({
      code: 'renewalLimit',
      params: { max: 1 },
    });
    expect(await snapshot(db)).toEqual(before);
  });

  it('moves a renewed due date off National Day', async () => {
    const { loan } = await checkout(db, ctx('2026-09-10'), { borrowerId: 'e1001', barcode: 'C001' });
    expect((await renewLoan(db, ctx('2026-09-17'), loan.id)).dueDate).toBe('2026-10-08');
  });

  it('refuses when someone waits for the copy, but not for the borrower’s own hold', async () => {
    const { loan } = await checkout(db, ctx('2026-09-01'), { borrowerId: 'e1001', barcode: 'C001' });
    await hold('e1002', '2026-09-02');
    await hold('e1003', '2026-09-03');
    const before = await snapshot(db);
    await expect(renewLoan(db, ctx('2026-09-10'), loan.id)).rejects.toMatchObject({
      code: 'someoneWaiting',
      params: { count: 2 },
    });
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a recalled copy: it must come back', async () => {
    const { loan } = await checkout(db, ctx('2026-09-01'), { borrowerId: 'e1001', barcode: 'C001' });
    await db.copies.update('copy-C001', { recalledAt: 5 });
    const before = await snapshot(db);
    await expect(renewLoan(db, ctx('2026-09-10'), loan.id)).rejects.toMatchObject({
      code: 'copyRecalled',
      params: { barcode: 'C001' },
    });
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a closed loan', async () => {
    const { loan } = await checkout(db, ctx('2026-09-01'), { borrowerId: 'e1001', barcode: 'C001' });
    await returnCopy(db, ctx('2026-09-02'), { barcode: 'C001' });
    await expect(renewLoan(db, ctx('2026-09-03'), loan.id)).rejects.toMatchObject({ code: 'loanNotOpen' });
  });
});
