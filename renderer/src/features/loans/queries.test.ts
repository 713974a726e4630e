import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Loan } from '../../../../shared/domain/lending';
import type { Material } from '../../../../shared/domain/material';
import type { TrainDeskDatabase } from '../../db';
import { checkout } from './checkout';
import { placeHold } from './holds';
import { declareLost } from './lost';
import {
  borrowerSummary,
  copyHistoryPage,
  loanHistoryPage,
  openLoansOf,
  type HistoryCursor,
} from './queries';
import { returnCopy } from './return-copy';
import { addCopy, addMaterial, addPerson, addPolicy, ctx, openTestDb } from './test-helpers';

let db: TrainDeskDatabase;
let book: Material;

beforeEach(async () => {
  db = await openTestDb();
  await addPerson(db, { id: 'e1001', name: '张伟', position: 'crManager' });
  await addPerson(db, { id: 'e1002', name: '王芳' });
  ({ material: book } = await addMaterial(db, 'm1'));
  for (const code of ['C001', 'C002', 'C003']) await addCopy(db, code, book);
  await addPolicy(db, { loanDays: 14, maxRenewals: 1, maxItems: 3 });
  await addPolicy(db, { position: 'crManager', loanDays: 30, maxRenewals: 2, maxItems: 6 });
});
afterEach(async () => {
  await db.delete();
});

describe('borrower summary', () => {
  it('counts open and overdue loans, and shows the limit, ready holds and open charges', async () => {
    await checkout(db, ctx('2026-08-05'), { borrowerId: 'e1001', barcode: 'C001' });
    const { loan } = await checkout(db, ctx('2026-09-01'), { borrowerId: 'e1001', barcode: 'C002' });
    await checkout(db, ctx('2026-09-01'), { borrowerId: 'e1002', barcode: 'C003' });
    const waiting = await placeHold(db, ctx('2026-09-02'), { borrowerId: 'e1001', materialId: 'm1' });
    await returnCopy(db, ctx('2026-09-03'), { barcode: 'C003' });
    const lost = await declareLost(db, ctx('2026-09-04'), { loanId: loan.id });

    const summary = await borrowerSummary(db, 'e1001', '2026-09-10');
    expect(summary.openLoans.map((l) => l.barcode)).toEqual(['C001']);
    expect(summary.overdue).toBe(1); // due 09-04
    expect(summary.limit).toBe(6);
    expect(summary.readyHolds.map((h) => h.id)).toEqual([waiting.id]);
    expect(summary.openCharges.map((c) => c.id)).toEqual([lost.id]);
    expect(await borrowerSummary(db, 'e1002', '2026-09-10')).toMatchObject({
      openLoans: [],
      overdue: 0,
      limit: 3,
      readyHolds: [],
      openCharges: [],
    });
  });

  it('lists open loans soonest due first', async () => {
    await checkout(db, ctx('2026-09-10'), { borrowerId: 'e1001', barcode: 'C001' });
    await checkout(db, ctx('2026-09-01'), { borrowerId: 'e1001', barcode: 'C002' });
    expect((await openLoansOf(db, 'e1001')).map((l) => l.barcode)).toEqual(['C002', 'C001']);
  });
});

describe('histories, newest first, a page at a time', () => {
  async function seedLoans(count: number, outAt: (i: number) => number) {
    const loans: Loan[] = Array.from({ length: count }, (_, i) => ({
      id: `loan-${String(i).padStart(3, '0')}`,
      createdAt: 1,
      updatedAt: 1,
      updatedBy: 'seed',
      copyId: 'copy-C001',
      barcode: 'C001',
      materialId: 'm1',
      editionId: 'm1-e1',
      title: '投诉处理实务',
      borrowerId: 'e1001',
      borrowerName: '张伟',
      department: '客户服务部',
      outAt: outAt(i),
      dueDate: '2026-01-15',
      renewals: 0,
      open: 0,
    }));
    await db.loans.bulkAdd(loans);
    return loans;
  }

  async function readAll(pageSize: number) {
    const seen: string[] = [];
    let after: HistoryCursor | null = null;
    for (let pages = 0; pages < 100; pages++) {
      const page = await loanHistoryPage(db, 'e1001', after, pageSize);
      seen.push(...page.rows.map((r) => r.id));
      if (!page.after) break;
      after = page.after;
    }
    return seen;
  }

  it('reads every loan exactly once across pages', async () => {
    const loans = await seedLoans(23, (i) => 1_000 + i);
    const expected = loans.map((l) => l.id).reverse();
    expect(await readAll(5)).toEqual(expected);
    expect(await readAll(23)).toEqual(expected);
    expect(await readAll(100)).toEqual(expected);
  });

  it('keeps loans made in the same millisecond apart across a page boundary', async () => {
    // Groups of four share an instant: ties are ordered by id.
    const loans = await seedLoans(12, (i) => 1_000 + Math.floor(i / 4));
    const all = await readAll(3);
    expect(new Set(all).size).toBe(12);
    expect(all).toEqual(
      [...loans].sort((a, b) => b.outAt - a.outAt || (a.id < b.id ? 1 : -1)).map((l) => l.id),
    );
  });

  it('does not mix in other borrowers', async () => {
    await seedLoans(3, (i) => i);
    await checkout(db, ctx('2026-09-01'), { borrowerId: 'e1002', barcode: 'C002' });
    expect(await readAll(2)).toHaveLength(3);
    expect((await loanHistoryPage(db, 'e1002')).rows.map((l) => l.barcode)).toEqual(['C002']);
  });

  it('pages a copy’s history newest first', async () => {
    await checkout(db, ctx('2026-09-01'), { borrowerId: 'e1001', barcode: 'C001' });
    await returnCopy(db, ctx('2026-09-02'), { barcode: 'C001' });
    await checkout(db, ctx('2026-09-03'), { borrowerId: 'e1002', barcode: 'C001' });
    const first = await copyHistoryPage(db, 'copy-C001', null, 2);
    expect(first.rows.map((e) => e.kind)).toEqual(['checkout', 'returned']);
    expect(first.rows[0]?.borrowerName).toBe('王芳');
    const second = await copyHistoryPage(db, 'copy-C001', first.after, 2);
    expect(second.rows.map((e) => e.kind)).toEqual(['checkout']);
    expect(second.after).toBeNull();
  });
});
