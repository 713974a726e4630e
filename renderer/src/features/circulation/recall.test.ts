import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Edition } from '../../../../shared/domain/material';
import type { TrainDeskDatabase } from '../../db';
import { sendRecallNotices, takeOffShelf } from './recall-commands';
import { recallBatch, recallOverview } from './recall-queries';
import { copy, ctx, loan, openTestDatabase } from './test-helpers';

let db: TrainDeskDatabase;
beforeEach(async () => {
  db = await openTestDatabase('recall');
  const edition = (id: string, number: number, status: Edition['status']): Edition => ({
    id,
    materialId: 'm1',
    number,
    status,
    date: '2025-01-01',
    files: [],
    changeNote: '',
    attachmentShas: [],
    createdAt: 1,
    updatedAt: 1,
    updatedBy: 'seed',
  });
  await db.materials.add({
    id: 'm1',
    title: '投诉处理实务',
    type: 'textbook',
    authors: [],
    category: 'complaintHandling',
    description: '',
    currentEdition: 2,
    del: 0,
    titleKey: 'tousu',
    createdAt: 1,
    updatedAt: 1,
    updatedBy: 'seed',
  });
  await db.editions.bulkAdd([edition('e1', 1, 'superseded'), edition('e2', 2, 'current')]);
  await db.copies.bulkAdd([
    copy('C1', { status: 'onLoan', loanId: 'L1' }),
    copy('C2', { status: 'onLoan', loanId: 'L2' }),
    copy('C3'),
    copy('C4', { status: 'onHoldShelf' }),
    copy('N1', { editionId: 'e2', editionNumber: 2, status: 'onLoan', loanId: 'L3' }),
  ]);
  await db.loans.bulkAdd([
    loan('L1', { copyId: 'copy-C1', barcode: 'C1', dueDate: '2026-03-20' }),
    loan('L2', {
      copyId: 'copy-C2',
      barcode: 'C2',
      borrowerId: 'p2',
      borrowerName: '李娜',
      dueDate: '2026-03-05',
    }),
    loan('L3', { copyId: 'copy-N1', barcode: 'N1', editionId: 'e2' }),
    loan('old', { copyId: 'copy-C3', barcode: 'C3', open: 0, returnedAt: 5 }),
  ]);
});
afterEach(async () => {
  await db.delete();
});

const request = (loanIds: string[]) => ({
  loanIds,
  channel: 'letter' as const,
  body: (l: { borrowerName: string; barcode: string }) => `${l.borrowerName}：请归还 ${l.barcode}`,
});

describe('recall', () => {
  it('lists the open loans and shelf copies of the superseded edition only', async () => {
    const overview = (await recallOverview(db, 'm1'))!;
    expect(overview.recalled.map((e) => e.number)).toEqual([1]);
    expect(overview.current?.number).toBe(2);
    expect(overview.loans.map((l) => l.barcode)).toEqual(['C2', 'C1']);
    expect(overview.onShelf.map((c) => c.barcode)).toEqual(['C3']);
  });

  it('sends a notice per loan, marks each copy recalled and writes its history, in one batch', async () => {
    const now = Date.UTC(2026, 2, 3, 9);
    const result = await sendRecallNotices(db, ctx(now), request(['L1', 'L2']));
    expect(result).toMatchObject({ sentAt: now, alreadySent: 0 });
    expect(result.sent.map((n) => n.loanId)).toEqual(['L1', 'L2']);
    expect(await db.copies.get('copy-C1')).toMatchObject({ recalledAt: now, status: 'onLoan' });
    const events = await db.copyEvents
      .where('[copyId+at]')
      .between(['copy-C2', 0], ['copy-C2', Infinity])
      .toArray();
    expect(events).toEqual([
      expect.objectContaining({ kind: 'recalled', loanId: 'L2', borrowerName: '李娜' }),
    ]);
    const batch = await recallBatch(db, now);
    expect(batch.map((l) => [l.loan?.borrowerName, l.notice.body])).toEqual([
      ['李娜', '李娜：请归还 C2'],
      ['张伟', '张伟：请归还 C1'],
    ]);
    expect((await recallOverview(db, 'm1'))!.loans.every((l) => l.notice?.sentAt === now)).toBe(true);
  });

  it('never sends a loan a second recall notice', async () => {
    await sendRecallNotices(db, ctx(100), request(['L1']));
    const again = await sendRecallNotices(db, ctx(200), request(['L1', 'L2']));
    expect(again.sent.map((n) => n.loanId)).toEqual(['L2']);
    expect(again.alreadySent).toBe(1);
    expect(await db.notices.where('[loanId+stage]').equals(['L1', 'recall']).count()).toBe(1);
    expect(
      await db.copyEvents.where('[copyId+at]').between(['copy-C1', 0], ['copy-C1', Infinity]).count(),
    ).toBe(1);
  });

  it('writes nothing of the batch when one loan cannot be recalled', async () => {
    await db.copies.delete('copy-C2');
    await expect(sendRecallNotices(db, ctx(), request(['L1', 'L2']))).rejects.toMatchObject({
      code: 'circulation:errors.copyMissing',
      params: { barcode: 'C2' },
    });
    expect(
      await db.notices.where('[stage+sentAt]').between(['recall', 0], ['recall', Infinity]).count(),
    ).toBe(0);
    expect((await db.copies.get('copy-C1'))?.recalledAt).toBeUndefined();
    expect(
      await db.copyEvents.where('[copyId+at]').between(['copy-C1', 0], ['copy-C1', Infinity]).count(),
    ).toBe(0);
  });

  it('gives each loan one notice when two desks send the same recall at once', async () => {
    const [a, b] = await Promise.all([
      sendRecallNotices(db, ctx(100), request(['L1', 'L2'])),
      sendRecallNotices(db, ctx(101), request(['L1', 'L2'])),
    ]);
    expect(a.sent.length + b.sent.length).toBe(2);
    expect(a.alreadySent + b.alreadySent).toBe(2);
    expect(
      await db.notices.where('[stage+sentAt]').between(['recall', 0], ['recall', Infinity]).count(),
    ).toBe(2);
  });

  it('takes copies off the shelf with a withdrawn line in their history, all or none', async () => {
    await expect(takeOffShelf(db, ctx(), ['copy-C3', 'copy-C4'], 'recall')).rejects.toMatchObject({
      code: 'circulation:errors.notOnShelf',
      params: { barcode: 'C4' },
    });
    expect(await db.copies.get('copy-C3')).toMatchObject({ status: 'available' });
    expect(await takeOffShelf(db, ctx(), ['copy-C3'], 'recall')).toBe(1);
    expect(await db.copies.get('copy-C3')).toMatchObject({ status: 'withdrawn' });
    expect(
      await db.copyEvents.where('[copyId+at]').between(['copy-C3', 0], ['copy-C3', Infinity]).toArray(),
    ).toEqual([
      expect.objectContaining({ kind: 'withdrawn', detail: { reason: 'recall', from: 'available' } }),
    ]);
    expect((await recallOverview(db, 'm1'))!.onShelf).toEqual([]);
  });
});
