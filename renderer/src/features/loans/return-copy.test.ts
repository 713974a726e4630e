import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConditionChecklist } from '../../../../shared/domain/lending';
import type { Material } from '../../../../shared/domain/material';
import type { TrainDeskDatabase } from '../../db';
import { checkout } from './checkout';
import { declareLost } from './lost';
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
const clean: ConditionChecklist = {
  pagesMissing: false,
  writing: false,
  waterDamage: false,
  coverDamaged: false,
  accessoriesPresent: true,
};

beforeEach(async () => {
  db = await openTestDb();
  await addPerson(db, { id: 'e1001', name: '张伟' });
  ({ material: book } = await addMaterial(db, 'm1', { editions: 2 }));
  await addCopy(db, 'C001', book, { replacementCost: 4500 });
  await addPolicy(db, { loanDays: 14, maxRenewals: 1, maxItems: 3 });
});
afterEach(async () => {
  await db.delete();
});

const lend = (barcode = 'C001', day = '2026-09-01') =>
  checkout(db, ctx(day), { borrowerId: 'e1001', barcode });

describe('returning a copy', () => {
  it('closes the loan, puts the copy back on the shelf and counts one loan fewer', async () => {
    const { loan } = await lend();
    const result = await returnCopy(db, ctx('2026-09-10'), { barcode: 'C001', checklist: clean });
    expect(result.loan).toMatchObject({ id: loan.id, open: 0, returnCondition: clean });
    expect(result.loan?.returnedAt).toBeGreaterThan(loan.outAt);
    expect(result.copy).toMatchObject({ status: 'available', condition: 'good' });
    expect(result.copy.loanId).toBeUndefined();
    expect(await db.copies.get('copy-C001')).toEqual(result.copy);
    expect(result.holdShelf).toBeUndefined();
    expect(result.withdrawn).toBeUndefined();
    expect(await counters(db)).toMatchObject({ openLoans: 0 });
    expect(await historyKinds(db, 'copy-C001')).toEqual(['checkout', 'returned']);
  });

  it('records how late it came back', async () => {
    await lend();
    await returnCopy(db, ctx('2026-09-20'), { barcode: 'C001' });
    const events = await db.copyEvents
      .where('[copyId+at]')
      .between(['copy-C001', 0], ['copy-C001', Infinity])
      .toArray();
    expect(events.at(-1)?.detail).toMatchObject({ dueDate: '2026-09-15', daysOverdue: 5 });
  });

  it('updates the condition from the checklist and logs the change', async () => {
    await lend();
    const { copy } = await returnCopy(db, ctx('2026-09-10'), {
      barcode: 'C001',
      checklist: { ...clean, waterDamage: true },
    });
    expect(copy.condition).toBe('damaged');
    expect(copy.status).toBe('available');
    expect(await historyKinds(db, 'copy-C001')).toEqual(['checkout', 'returned', 'conditionChanged']);
  });

  it('takes an explicit condition from the desk', async () => {
    await lend();
    const { copy } = await returnCopy(db, ctx('2026-09-10'), { barcode: 'C001', condition: 'worn' });
    expect(copy.condition).toBe('worn');
  });

  it('refuses a copy that is not on loan, or unknown, and writes nothing', async () => {
    for (const [barcode, code] of [
      ['C001', 'notOnLoan'],
      ['X404', 'copyNotFound'],
    ] as const) {
      const before = await snapshot(db);
      await expect(returnCopy(db, ctx('2026-09-10'), { barcode })).rejects.toMatchObject({
        code,
        params: { barcode },
      });
      expect(await snapshot(db)).toEqual(before);
    }
  });

  it('charges for a copy damaged beyond use and writes it off', async () => {
    const { loan } = await lend();
    const result = await returnCopy(db, ctx('2026-09-10'), {
      barcode: 'C001',
      checklist: { ...clean, waterDamage: true, pagesMissing: true },
      beyondUse: { disposition: 'writeOff' },
    });
    expect(result.copy).toMatchObject({ status: 'withdrawn', condition: 'damaged' });
    expect(result.charge).toMatchObject({
      reason: 'damaged',
      amount: 4500,
      currency: 'CNY',
      status: 'open',
      borrowerId: 'e1001',
      loanId: loan.id,
      barcode: 'C001',
    });
    expect(await db.charges.get(result.charge!.id)).toEqual(result.charge);
    expect(await historyKinds(db, 'copy-C001')).toEqual([
      'checkout',
      'returned',
      'conditionChanged',
      'withdrawn',
    ]);
  });

  it('charges the office’s set amount, or the amount given, and sends the copy to repair', async () => {
    await setConfig(db, { damageCharge: 2000 });
    await lend();
    const first = await returnCopy(db, ctx('2026-09-10'), {
      barcode: 'C001',
      beyondUse: { disposition: 'repair' },
    });
    expect(first.charge?.amount).toBe(2000);
    expect(first.copy.status).toBe('inRepair');
    expect(await historyKinds(db, 'copy-C001')).toContain('toRepair');

    await addCopy(db, 'C002', book);
    await lend('C002');
    const second = await returnCopy(db, ctx('2026-09-10'), {
      barcode: 'C002',
      beyondUse: { disposition: 'writeOff', amount: 1234 },
    });
    expect(second.charge?.amount).toBe(1234);
  });

  it('refuses a charge that is not whole fen', async () => {
    await lend();
    await expect(
      returnCopy(db, ctx('2026-09-10'), {
        barcode: 'C001',
        beyondUse: { disposition: 'writeOff', amount: 12.5 },
      }),
    ).rejects.toThrow(RangeError);
    expect((await db.copies.get('copy-C001'))?.status).toBe('onLoan');
  });

  it('takes a recalled copy out of circulation when it comes back', async () => {
    await lend();
    await db.copies.update('copy-C001', { recalledAt: 5 });
    const result = await returnCopy(db, ctx('2026-09-10'), { barcode: 'C001' });
    expect(result.withdrawn).toBe('recalled');
    expect(result.copy.status).toBe('withdrawn');
    expect(await historyKinds(db, 'copy-C001')).toEqual(['checkout', 'returned', 'withdrawn']);
  });

  it('takes a copy of a withdrawn edition out of circulation when it comes back', async () => {
    await lend();
    await db.editions.update('m1-e2', { status: 'withdrawn' });
    const result = await returnCopy(db, ctx('2026-09-10'), { barcode: 'C001' });
    expect(result).toMatchObject({ withdrawn: 'editionWithdrawn', copy: { status: 'withdrawn' } });
  });
});

describe('loss', () => {
  it('declares a copy lost: loan closed, copy lost, charge open at the replacement cost', async () => {
    const { loan } = await lend();
    const charge = await declareLost(db, ctx('2026-10-20'), { loanId: loan.id });
    expect(charge).toMatchObject({
      reason: 'lost',
      amount: 4500,
      status: 'open',
      loanId: loan.id,
      borrowerName: '张伟',
    });
    expect(await db.loans.get(loan.id)).toMatchObject({ open: 0 });
    expect((await db.loans.get(loan.id))?.lostAt).toBeDefined();
    expect(await db.copies.get('copy-C001')).toMatchObject({ status: 'lost' });
    expect(await counters(db)).toMatchObject({ openLoans: 0 });
    expect(await historyKinds(db, 'copy-C001')).toEqual(['checkout', 'lost']);
  });

  it('takes a set amount, and refuses a loan that is not open without writing', async () => {
    const { loan } = await lend();
    expect((await declareLost(db, ctx('2026-10-20'), { loanId: loan.id, amount: 3000 })).amount).toBe(3000);
    const before = await snapshot(db);
    await expect(declareLost(db, ctx('2026-10-21'), { loanId: loan.id })).rejects.toMatchObject({
      code: 'loanNotOpen',
    });
    await expect(declareLost(db, ctx('2026-10-21'), { loanId: 'nope' })).rejects.toMatchObject({
      code: 'loanNotOpen',
    });
    expect(await snapshot(db)).toEqual(before);
  });

  it('takes back a lost copy that turns up, and lists the open charge so the desk can offer to reverse it', async () => {
    const { loan } = await lend();
    const charge = await declareLost(db, ctx('2026-10-20'), { loanId: loan.id });
    const result = await returnCopy(db, ctx('2026-11-02'), { barcode: 'C001', checklist: clean });
    expect(result.wasLost).toBe(true);
    expect(result.copy.status).toBe('available');
    expect(result.loan).toMatchObject({ id: loan.id, open: 0 });
    expect(result.loan?.returnedAt).toBeDefined();
    expect(result.openCharges?.map((c) => c.id)).toEqual([charge.id]);
    // The lost loan had already left the open count.
    expect(await counters(db)).toMatchObject({ openLoans: 0 });
    expect(await historyKinds(db, 'copy-C001')).toEqual(['checkout', 'lost', 'found']);
    // And it cannot be returned twice.
    await expect(returnCopy(db, ctx('2026-11-02'), { barcode: 'C001' })).rejects.toMatchObject({
      code: 'notOnLoan',
    });
  });

  it('lists no charge once it was paid', async () => {
    const { loan } = await lend();
    const charge = await declareLost(db, ctx('2026-10-20'), { loanId: loan.id });
    await db.charges.update(charge.id, { status: 'paid' });
    expect((await returnCopy(db, ctx('2026-11-02'), { barcode: 'C001' })).openCharges).toEqual([]);
  });
});
