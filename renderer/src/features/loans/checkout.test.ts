import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Material } from '../../../../shared/domain/material';
import type { TrainDeskDatabase } from '../../db';
import { checkout } from './checkout';
import { findBorrower } from './queries';
import {
  addCopy,
  addMaterial,
  addPerson,
  addPolicy,
  counters,
  ctx,
  historyKinds,
  openTestDb,
  snapshot,
} from './test-helpers';

let db: TrainDeskDatabase;
let book: Material;
const NATIONAL_DAY = ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'];

beforeEach(async () => {
  db = await openTestDb();
  await addPerson(db, { id: 'e1001', name: '张伟' });
  await addPerson(db, { id: 'e1002', name: '王芳', position: 'crManager' });
  await addPerson(db, { id: 'e1003', name: '李娜', status: 'left' });
  ({ material: book } = await addMaterial(db, 'm1'));
  for (const code of ['C001', 'C002', 'C003', 'C004', 'C005']) await addCopy(db, code, book);
  await addPolicy(db, { loanDays: 14, maxRenewals: 1, maxItems: 3 });
  await addPolicy(db, { position: 'crManager', loanDays: 30, maxRenewals: 2, maxItems: 5 });
  await db.closedDays.bulkAdd(NATIONAL_DAY.map((date) => ({ date, note: '国庆节' })));
});
afterEach(async () => {
  await db.delete();
});

/** Expects a refusal with this code and that nothing at all was written. */
async function refusedUnchanged(run: () => Promise<unknown>, code: string, params?: Record<string, unknown>) {
  const before = await snapshot(db);
  await expect(run()).rejects.toMatchObject({ name: 'LendingRefusal', code, ...(params ? { params } : {}) });
  expect(await snapshot(db)).toEqual(before);
}

describe('checkout', () => {
  it('lends a copy: an open loan due in 14 days, the copy on loan, its history and the counter', async () => {
    const { loan, copy } = await checkout(db, ctx('2026-09-01'), { borrowerId: 'e1001', barcode: ' C001 ' });
    expect(loan).toMatchObject({
      copyId: 'copy-C001',
      barcode: 'C001',
      borrowerName: '张伟',
      department: '客户服务部',
      dueDate: '2026-09-15',
      renewals: 0,
      open: 1,
    });
    expect(await db.loans.get(loan.id)).toEqual(loan);
    expect(copy).toMatchObject({ status: 'onLoan', loanId: loan.id });
    expect(await db.copies.get('copy-C001')).toEqual(copy);
    expect(await historyKinds(db, 'copy-C001')).toEqual(['checkout']);
    expect(await counters(db)).toMatchObject({ openLoans: 1 });
  });

  it('finds the copy when the scanner types its barcode in lower case or full-width', async () => {
    const { loan } = await checkout(db, ctx('2026-09-01'), { borrowerId: 'e1001', barcode: 'ｃ001' });
    expect(loan.barcode).toBe('C001');
  });

  it('uses the rule of the borrower’s position', async () => {
    const { loan } = await checkout(db, ctx('2026-09-01'), { borrowerId: 'e1002', barcode: 'C001' });
    expect(loan.dueDate).toBe('2026-10-08'); // 10-01 is National Day: the week after
  });

  it('never sets a due date on a closed day', async () => {
    // 14 days from Saturday 09-05 is Saturday 09-19 → Monday 09-21.
    expect(
      (await checkout(db, ctx('2026-09-05'), { borrowerId: 'e1001', barcode: 'C001' })).loan.dueDate,
    ).toBe('2026-09-21');
    // 14 days from 09-17 is 10-01, National Day; the office opens again on 10-08.
    expect(
      (await checkout(db, ctx('2026-09-17'), { borrowerId: 'e1001', barcode: 'C002' })).loan.dueDate,
    ).toBe('2026-10-08');
  });

  it('refuses a copy already on loan, saying to whom and until when, and writes nothing', async () => {
    await checkout(db, ctx('2026-09-01'), { borrowerId: 'e1001', barcode: 'C001' });
    await refusedUnchanged(
      () => checkout(db, ctx('2026-09-02'), { borrowerId: 'e1002', barcode: 'C001' }),
      'copyOnLoan',
      {
        barcode: 'C001',
        borrower: '张伟',
        dueDate: '2026-09-15',
      },
    );
  });

  it('refuses an unknown borrower, one who has left, and an unknown barcode', async () => {
    await refusedUnchanged(
      () => checkout(db, ctx('2026-09-01'), { borrowerId: 'nobody', barcode: 'C001' }),
      'borrowerNotFound',
    );
    await refusedUnchanged(
      () => checkout(db, ctx('2026-09-01'), { borrowerId: 'e1003', barcode: 'C001' }),
      'borrowerLeft',
      {
        name: '李娜',
      },
    );
    await refusedUnchanged(
      () => checkout(db, ctx('2026-09-01'), { borrowerId: 'e1001', barcode: 'X999' }),
      'copyNotFound',
      {
        barcode: 'X999',
      },
    );
  });

  it('refuses withdrawn, lost and in-repair copies and copies of a withdrawn edition', async () => {
    await addCopy(db, 'W1', book, { status: 'withdrawn' });
    await addCopy(db, 'L1', book, { status: 'lost' });
    await addCopy(db, 'R1', book, { status: 'inRepair' });
    await addCopy(db, 'RC', book, { recalledAt: 5 });
    await db.editions.update('m1-e1', { status: 'withdrawn' });
    const lend = (barcode: string) => () => checkout(db, ctx('2026-09-01'), { borrowerId: 'e1001', barcode });
    await refusedUnchanged(lend('W1'), 'copyWithdrawn');
    await refusedUnchanged(lend('RC'), 'copyWithdrawn');
    await refusedUnchanged(lend('L1'), 'copyLost');
    await refusedUnchanged(lend('R1'), 'copyInRepair');
    await refusedUnchanged(lend('C001'), 'editionWithdrawn', { barcode: 'C001', edition: 1 });
  });

  it('refuses a fourth copy over the limit of three', async () => {
    for (const barcode of ['C001', 'C002', 'C003'])
      await checkout(db, ctx('2026-09-01'), { borrowerId: 'e1001', barcode });
    await refusedUnchanged(
      () => checkout(db, ctx('2026-09-01'), { borrowerId: 'e1001', barcode: 'C004' }),
      'atItemLimit',
      {
        name: '张伟',
        limit: 3,
      },
    );
    expect(await counters(db)).toMatchObject({ openLoans: 3 });
  });

  it('refuses a borrower with overdue items, and lends with a reason where allowed, keeping it on the loan', async () => {
    await checkout(db, ctx('2026-09-01'), { borrowerId: 'e1001', barcode: 'C001' });
    const later = () => ctx('2026-09-20');
    await refusedUnchanged(
      () => checkout(db, later(), { borrowerId: 'e1001', barcode: 'C002' }),
      'hasOverdue',
      {
        name: '张伟',
        count: 1,
      },
    );
    await refusedUnchanged(
      () => checkout(db, later(), { borrowerId: 'e1001', barcode: 'C002', override: { reason: ' ' } }),
      'overrideReasonRequired',
    );
    const { loan } = await checkout(db, ctx('2026-09-20', 'desk-2'), {
      borrowerId: 'e1001',
      barcode: 'C002',
      override: { reason: '明天培训要用' },
    });
    expect(loan.override).toMatchObject({ reason: '明天培训要用', by: 'desk-2' });
    const [event] = await db.copyEvents
      .where('[copyId+at]')
      .between(['copy-C002', 0], ['copy-C002', Infinity])
      .toArray();
    expect(event?.detail).toMatchObject({ override: '明天培训要用' });
  });

  it('refuses the override where the office does not allow it', async () => {
    await db.lendingConfig.put({
      ...(await import('./config').then((m) => m.readLendingConfig(db))),
      allowOverdueOverride: false,
    });
    await checkout(db, ctx('2026-09-01'), { borrowerId: 'e1001', barcode: 'C001' });
    await refusedUnchanged(
      () =>
        checkout(db, ctx('2026-09-20'), {
          borrowerId: 'e1001',
          barcode: 'C002',
          override: { reason: '急用' },
        }),
      'overrideNotAllowed',
    );
  });

  it('does not log an override that was not needed', async () => {
    const { loan } = await checkout(db, ctx('2026-09-01'), {
      borrowerId: 'e1001',
      barcode: 'C001',
      override: { reason: '急用' },
    });
    expect(loan.override).toBeUndefined();
  });

  it('refuses noOpenDay when the calendar closes every day, writing nothing', async () => {
    await db.lendingConfig.put({
      ...(await import('./config').then((m) => m.readLendingConfig(db))),
      closedWeekdays: [0, 1, 2, 3, 4, 5, 6],
    });
    await refusedUnchanged(
      () => checkout(db, ctx('2026-09-01'), { borrowerId: 'e1001', barcode: 'C001' }),
      'noOpenDay',
    );
  });

  it('lends one copy once when two desks scan it at the same moment', async () => {
    const results = await Promise.allSettled([
      checkout(db, ctx('2026-09-01', 'desk-1'), { borrowerId: 'e1001', barcode: 'C001' }),
      checkout(db, ctx('2026-09-01', 'desk-2'), { borrowerId: 'e1002', barcode: 'C001' }),
    ]);
    const lent = results.filter((r) => r.status === 'fulfilled');
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(lent).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(refused[0]!.reason).toMatchObject({ code: 'copyOnLoan' });
    const loans = await db.loans
      .where('[copyId+outAt]')
      .between(['copy-C001', 0], ['copy-C001', Infinity])
      .toArray();
    expect(loans).toHaveLength(1);
    expect((await db.copies.get('copy-C001'))?.loanId).toBe(loans[0]!.id);
    expect(await counters(db)).toMatchObject({ openLoans: 1 });
    expect(await historyKinds(db, 'copy-C001')).toEqual(['checkout']);
  });

  it('keeps the item limit when two desks lend to one borrower at once', async () => {
    await checkout(db, ctx('2026-09-01'), { borrowerId: 'e1001', barcode: 'C001' });
    await checkout(db, ctx('2026-09-01'), { borrowerId: 'e1001', barcode: 'C002' });
    const results = await Promise.allSettled([
      checkout(db, ctx('2026-09-01', 'desk-1'), { borrowerId: 'e1001', barcode: 'C003' }),
      checkout(db, ctx('2026-09-01', 'desk-2'), { borrowerId: 'e1001', barcode: 'C004' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(await counters(db)).toMatchObject({ openLoans: 3 });
  });
});

describe('findBorrower', () => {
  it('finds a borrower by the employee number on the card, in either case, and not a deleted one', async () => {
    expect((await findBorrower(db, 'E1001\n'))?.name).toBe('张伟');
    expect((await findBorrower(db, 'e1002'))?.name).toBe('王芳');
    expect((await findBorrower(db, 'E1003'))?.status).toBe('left');
    expect(await findBorrower(db, 'E9999')).toBeUndefined();
    expect(await findBorrower(db, '  ')).toBeUndefined();
    await db.people.update('e1001', { deletedAt: 5, del: 1 });
    expect(await findBorrower(db, 'E1001')).toBeUndefined();
  });
});
