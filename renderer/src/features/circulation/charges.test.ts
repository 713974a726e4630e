import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TrainDeskDatabase } from '../../db';
import { payCharge, reverseCharge, waiveCharge } from './charge-commands';
import { chargesPage, openChargesTotal } from './charge-queries';
import { charge, ctx, openTestDatabase } from './test-helpers';

let db: TrainDeskDatabase;
beforeEach(async () => {
  db = await openTestDatabase('charges');
});
afterEach(async () => {
  await db.delete();
});

describe('charge commands', () => {
  it('pays a charge with the year’s next receipt number and the time it was paid', async () => {
    await db.charges.bulkAdd([charge('a'), charge('b')]);
    const now = Date.UTC(2026, 4, 1, 10);
    const first = await payCharge(db, ctx(now), 'a');
    const second = await payCharge(db, ctx(now + 1), 'b');
    expect(first).toMatchObject({
      status: 'paid',
      paidAt: now,
      receiptNo: 'R2026-000001',
      updatedBy: 'tester',
    });
    expect(second.receiptNo).toBe('R2026-000002');
    expect(await db.charges.get('a')).toMatchObject({ status: 'paid', receiptNo: 'R2026-000001' });
  });

  it('starts the receipt numbers again in a new year', async () => {
    await db.charges.bulkAdd([charge('a'), charge('b')]);
    await payCharge(db, ctx(Date.UTC(2026, 11, 30, 10)), 'a');
    expect((await payCharge(db, ctx(Date.UTC(2027, 0, 4, 10)), 'b')).receiptNo).toBe('R2027-000001');
  });

  it('refuses to pay a charge twice and uses up no receipt number doing so', async () => {
    await db.charges.bulkAdd([charge('a'), charge('b')]);
    await payCharge(db, ctx(), 'a');
    await expect(payCharge(db, ctx(), 'a')).rejects.toMatchObject({
      code: 'circulation:errors.chargeTransition',
    });
    expect((await payCharge(db, ctx(), 'b')).receiptNo).toBe('R2026-000002');
  });

  it('waives with a reason, and a waived charge cannot be paid or reversed', async () => {
    await db.charges.add(charge('a'));
    await waiveCharge(db, ctx(), 'a', '部门负责人批准减免');
    expect(await db.charges.get('a')).toMatchObject({ status: 'waived', statusNote: '部门负责人批准减免' });
    await expect(payCharge(db, ctx(), 'a')).rejects.toMatchObject({
      code: 'circulation:errors.chargeTransition',
    });
    await expect(reverseCharge(db, ctx(), 'a', '找到了')).rejects.toMatchObject({
      code: 'circulation:errors.chargeTransition',
    });
    expect(await db.charges.get('a')).toMatchObject({ status: 'waived' });
  });

  it('reverses a paid charge when the lost copy turns up, keeping the receipt', async () => {
    await db.charges.add(charge('a'));
    await payCharge(db, ctx(), 'a');
    await reverseCharge(db, ctx(), 'a', '丢失的资料已找回，退款');
    expect(await db.charges.get('a')).toMatchObject({
      status: 'reversed',
      receiptNo: 'R2026-000001',
      statusNote: '丢失的资料已找回，退款',
    });
  });

  it('refuses a waiver without a reason and changes nothing', async () => {
    await db.charges.add(charge('a'));
    await expect(waiveCharge(db, ctx(), 'a', '  ')).rejects.toMatchObject({
      code: 'circulation:errors.reasonRequired',
    });
    expect(await db.charges.get('a')).toMatchObject({ status: 'open', updatedBy: 'seed' });
  });

  it('says so when the charge does not exist', async () => {
    await expect(payCharge(db, ctx(), 'nope')).rejects.toMatchObject({
      code: 'circulation:errors.chargeNotFound',
    });
  });
});

describe('the charges list', () => {
  it('pages one status newest first, and merges every status for "all"', async () => {
    await db.charges.bulkAdd([
      charge('o1', { createdAt: 10 }),
      charge('o2', { createdAt: 30 }),
      charge('p1', { createdAt: 20, status: 'paid' }),
      charge('w1', { createdAt: 40, status: 'waived' }),
      charge('o3', { createdAt: 30 }),
    ]);
    const open = await chargesPage(db, 'open', null, 2);
    expect(open.rows.map((c) => c.id)).toEqual(['o3', 'o2']);
    expect((await chargesPage(db, 'open', open.after, 2)).rows.map((c) => c.id)).toEqual(['o1']);

    const first = await chargesPage(db, 'all', null, 3);
    expect(first.rows.map((c) => c.id)).toEqual(['w1', 'o3', 'o2']);
    const next = await chargesPage(db, 'all', first.after, 3);
    expect(next.rows.map((c) => c.id)).toEqual(['p1', 'o1']);
    expect(next.after).toBeNull();
  });

  it('totals the open charges', async () => {
    await db.charges.bulkAdd([
      charge('o1', { amount: 1_000 }),
      charge('o2', { amount: 250 }),
      charge('p1', { amount: 9_999, status: 'paid' }),
    ]);
    expect(await openChargesTotal(db)).toEqual({ count: 2, amount: 1_250 });
  });
});
