import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TrainDeskDatabase } from '../../db';
import { finishStocktake, recordScan, startStocktake } from './stocktake-commands';
import { recentScans, recentStocktakes } from './stocktake-queries';
import { copy, ctx, loan, openTestDatabase } from './test-helpers';

let db: TrainDeskDatabase;
beforeEach(async () => {
  db = await openTestDatabase('stocktake');
  await db.copies.bulkAdd([
    copy('C1', { location: 'A-01' }),
    copy('C2', { location: 'A-01' }),
    copy('C3', { location: 'A-02', status: 'onHoldShelf' }),
    copy('C4', { location: 'A-02', status: 'onLoan', loanId: 'L4' }),
    copy('C5', { location: 'A-02', status: 'lost' }),
    copy('C6', { location: 'B-01' }),
    copy('C7', { location: 'A-03', status: 'inRepair' }),
  ]);
  await db.loans.add(
    loan('L4', { copyId: 'copy-C4', barcode: 'C4', borrowerName: '王芳', dueDate: '2026-03-09' }),
  );
});
afterEach(async () => {
  await db.delete();
});

describe('stocktake', () => {
  it('stores each barcode once, counts it and records it in the copy history', async () => {
    const st = await startStocktake(db, ctx(), 'A');
    expect(st.locations).toEqual(['A']);
    expect(await recordScan(db, ctx(), st.id, ' C1\r')).toMatchObject({ kind: 'seen', barcode: 'C1' });
    expect(await recordScan(db, ctx(), st.id, 'C1')).toMatchObject({ kind: 'duplicate', barcode: 'C1' });
    expect(await recordScan(db, ctx(), st.id, 'ZZ-9')).toEqual({ kind: 'unknown', barcode: 'ZZ-9' });
    expect(await recordScan(db, ctx(), st.id, '  ')).toEqual({ kind: 'empty' });
    expect((await db.stocktakes.get(st.id))?.scanned).toBe(2);
    expect(
      await db.copyEvents.where('[copyId+at]').between(['copy-C1', 0], ['copy-C1', Infinity]).toArray(),
    ).toEqual([
      expect.objectContaining({
        kind: 'stocktakeSeen',
        detail: expect.objectContaining({ stocktakeId: st.id }),
      }),
    ]);
    expect((await recentScans(db, st.id)).map((s) => [s.barcode, s.copy?.id])).toEqual(
      expect.arrayContaining([
        ['C1', 'copy-C1'],
        ['ZZ-9', undefined],
      ]),
    );
  });

  it('keeps every scan when a scanner fires them one after another', async () => {
    const st = await startStocktake(db, ctx(), '');
    await Promise.all(['C1', 'C2', 'C3', 'C1', 'C6'].map((b) => recordScan(db, ctx(), st.id, b)));
    expect((await db.stocktakes.get(st.id))?.scanned).toBe(4);
  });

  it('reports a missing copy, a scanned copy on loan with its borrower, a misplaced one and unknown codes', async () => {
    const st = await startStocktake(db, ctx(), 'A-01, A-02');
    for (const b of ['C1', 'C4', 'C5', 'C6', 'X-1']) await recordScan(db, ctx(), st.id, b);
    const finished = await finishStocktake(db, ctx(5_000), st.id);
    expect(finished.finishedAt).toBe(5_000);
    const report = finished.report!;
    expect(report.missing.map((l) => l.barcode)).toEqual(['C2', 'C3']);
    expect(report.notOnShelf).toEqual([
      expect.objectContaining({
        barcode: 'C4',
        status: 'onLoan',
        borrowerName: '王芳',
        dueDate: '2026-03-09',
      }),
      expect.objectContaining({ barcode: 'C5', status: 'lost' }),
    ]);
    expect(report.misplaced.map((l) => l.barcode)).toEqual(['C6']);
    expect(report.unknown).toEqual(['X-1']);
    expect((await db.stocktakes.get(st.id))?.report).toEqual(report);
  });

  it('covers every shelf when no location is named, and copies in repair are not expected', async () => {
    const st = await startStocktake(db, ctx(), '');
    await recordScan(db, ctx(), st.id, 'C1');
    const report = (await finishStocktake(db, ctx(), st.id)).report!;
    expect(report.missing.map((l) => l.barcode)).toEqual(['C2', 'C3', 'C6']);
  });

  it('accepts no scan and no second finish once finished', async () => {
    const st = await startStocktake(db, ctx(), '');
    await finishStocktake(db, ctx(), st.id);
    await expect(recordScan(db, ctx(), st.id, 'C1')).rejects.toMatchObject({
      code: 'circulation:errors.stocktakeFinished',
    });
    await expect(finishStocktake(db, ctx(), st.id)).rejects.toMatchObject({
      code: 'circulation:errors.stocktakeFinished',
    });
  });

  it('lists stocktakes newest first', async () => {
    const a = await startStocktake(db, ctx(1_000), 'A');
    const b = await startStocktake(db, ctx(2_000), 'B');
    expect((await recentStocktakes(db)).map((s) => s.id)).toEqual([b.id, a.id]);
  });
});
