import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TrainDeskDatabase } from '../../db';
import { borrowerCharges, borrowerHolds, currentLoans, loanHistoryPage } from './borrower-queries';
import { charge, copy, loan, openTestDatabase } from './test-helpers';

let db: TrainDeskDatabase;
beforeEach(async () => {
  db = await openTestDatabase('borrower');
});
afterEach(async () => {
  await db.delete();
});

describe('a borrower’s page', () => {
  it('shows the copies out now, soonest due first, and no one else’s', async () => {
    await db.loans.bulkAdd([
      loan('a', { dueDate: '2026-03-20' }),
      loan('b', { dueDate: '2026-03-01' }),
      loan('c', { open: 0, returnedAt: 5 }),
      loan('d', { borrowerId: 'p2' }),
    ]);
    expect((await currentLoans(db, 'p1')).map((l) => l.id)).toEqual(['b', 'a']);
  });

  it('pages the history newest first, past loans only, without skipping loans made at the same instant', async () => {
    const past = Array.from({ length: 250 }, (_, i) =>
      loan(`h${String(i).padStart(3, '0')}`, { open: 0, outAt: 1_000 + Math.floor(i / 3), returnedAt: 9 }),
    );
    await db.loans.bulkAdd([
      ...past,
      loan('now', { outAt: 99_999 }),
      loan('x', { borrowerId: 'p2', open: 0 }),
    ]);
    const seen: string[] = [];
    let after = null;
    do {
      const page = await loanHistoryPage(db, 'p1', after, 100);
      seen.push(...page.rows.map((l) => l.id));
      after = page.after;
    } while (after);
    expect(seen).toHaveLength(250);
    expect(new Set(seen).size).toBe(250);
    expect(seen[0]).toBe('h249');
    expect(seen.at(-1)).toBe('h000');
  });

  it('shows holds with their titles and barcodes, and charges, newest first', async () => {
    await db.materials.add({
      id: 'm1',
      title: '投诉处理实务',
      type: 'textbook',
      authors: [],
      category: 'c',
      description: '',
      currentEdition: 1,
      del: 0,
      titleKey: 't',
      createdAt: 1,
      updatedAt: 1,
      updatedBy: 's',
    });
    await db.copies.add(copy('C1'));
    const hold = {
      createdAt: 1,
      updatedAt: 1,
      updatedBy: 's',
      materialId: 'm1',
      borrowerId: 'p1',
      borrowerName: '张伟',
    };
    await db.holds.bulkAdd([
      { ...hold, id: 'h1', placedAt: 10, status: 'waiting' },
      { ...hold, id: 'h2', placedAt: 20, status: 'ready', readyCopyId: 'copy-C1', expiresOn: '2026-03-09' },
    ]);
    await db.charges.bulkAdd([charge('c1', { createdAt: 5 }), charge('c2', { createdAt: 9 })]);
    expect((await borrowerHolds(db, 'p1')).map((h) => [h.id, h.materialTitle, h.barcode])).toEqual([
      ['h2', '投诉处理实务', 'C1'],
      ['h1', '投诉处理实务', undefined],
    ]);
    expect((await borrowerCharges(db, 'p1')).map((c) => c.id)).toEqual(['c2', 'c1']);
  });
});
