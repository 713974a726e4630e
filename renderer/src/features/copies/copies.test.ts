import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyAddCopiesInput, type AddCopiesInput } from '../../../../shared/domain/copy-input';
import { emptyMaterialInput } from '../../../../shared/domain/material';
import type { Loan } from '../../../../shared/domain/lending';
import { createDatabase, type TrainDeskDatabase } from '../../db';
import { createMaterial, publishNewEdition, withdrawMaterialEdition } from '../materials/commands';
import type { WriteContext } from '../shared-ui';
import { addCopies, editCopy, returnFromRepair, sendToRepair, withdrawCopy } from './commands';
import { BARCODE_SEQUENCE_COUNTER } from './counters';
import {
  copiesCount,
  copiesForLabels,
  copyByBarcode,
  editionStatusCounts,
  fetchCopiesPage,
  fetchCopyEventsPage,
  fetchCopyLoansPage,
  type CopiesQuery,
} from './queries';

const TODAY = '2026-03-16';
let db: TrainDeskDatabase;
let n = 0;
beforeEach(async () => {
  db = createDatabase(`copies-test-${n++}`, Infinity, { reloadOnVersionChange: false });
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

let clock = 1_000;
const ctx = (): WriteContext => ({ actor: '资料管理员', now: (clock += 1_000) });

async function textbook(title = '投诉处理实务') {
  const material = await createMaterial(
    db,
    { ...emptyMaterialInput(), title, category: 'complaintHandling' },
    ctx(),
  );
  const edition = await publishNewEdition(
    db,
    material.id,
    { date: '2026-01-05', changeNote: '', files: [] },
    ctx(),
  );
  return { material, edition };
}

const form = (
  materialId: string,
  editionId: string,
  overrides: Partial<AddCopiesInput> = {},
): AddCopiesInput => ({
  ...emptyAddCopiesInput(TODAY, materialId, editionId),
  location: 'A-03-2',
  replacementCost: '45.5',
  ...overrides,
});

async function allCopies(q: CopiesQuery = {}) {
  return (await fetchCopiesPage(db, q, null, 1_000)).rows;
}

describe('adding copies', () => {
  it('adds 20 copies of an edition in one go with generated barcodes, an event each, and counts them', async () => {
    const { material, edition } = await textbook();
    const added = await addCopies(db, form(material.id, edition.id, { count: 20 }), TODAY, ctx());
    expect(added.copies.map((c) => c.barcode)).toEqual(
      Array.from({ length: 20 }, (_, i) => `TD${String(i + 1).padStart(6, '0')}`),
    );
    expect(added.copies[0]).toMatchObject({
      materialId: material.id,
      editionId: edition.id,
      editionNumber: 1,
      title: '投诉处理实务',
      materialType: 'textbook',
      location: 'A-03-2',
      replacementCost: 4550,
      currency: 'CNY',
      condition: 'new',
      status: 'available',
      acquiredOn: TODAY,
      createdAt: added.addedAt,
      del: 0,
    });
    expect(await copiesCount(db)).toBe(20);
    expect(await db.counters.get(BARCODE_SEQUENCE_COUNTER)).toEqual({
      key: BARCODE_SEQUENCE_COUNTER,
      value: 20,
    });
    const events = await fetchCopyEventsPage(db, added.copies[3]!.id, null, 10);
    expect(events.rows).toMatchObject([
      { kind: 'added', actor: '资料管理员', detail: { barcode: 'TD000004' } },
    ]);

    const more = await addCopies(db, form(material.id, edition.id, { count: 2 }), TODAY, ctx());
    expect(more.copies.map((c) => c.barcode)).toEqual(['TD000021', 'TD000022']);
    expect(await copiesCount(db)).toBe(22);
  });

  it('takes scanned barcodes as they are on the copies, and skips them when generating later', async () => {
    const { material, edition } = await textbook();
    const scanned = form(material.id, edition.id, { mode: 'barcodes', barcodeText: 'td000002\nLIB-7\n' });
    const added = await addCopies(db, scanned, TODAY, ctx());
    expect(added.copies.map((c) => c.barcode)).toEqual(['TD000002', 'LIB-7']);
    const generated = await addCopies(db, form(material.id, edition.id, { count: 2 }), TODAY, ctx());
    expect(generated.copies.map((c) => c.barcode)).toEqual(['TD000001', 'TD000003']);
    expect((await copyByBarcode(db, ' lib-7 '))?.id).toBe(added.copies[1]!.id);
  });

  it('refuses a batch with barcodes already in use, names them, and writes nothing', async () => {
    const { material, edition } = await textbook();
    await addCopies(
      db,
      form(material.id, edition.id, { mode: 'barcodes', barcodeText: 'A001\nA002' }),
      TODAY,
      ctx(),
    );
    const before = await db.copies.count();
    const events = await db.copyEvents.count();
    await expect(
      addCopies(
        db,
        form(material.id, edition.id, { mode: 'barcodes', barcodeText: 'A003\na002\nA001' }),
        TODAY,
        ctx(),
      ),
    ).rejects.toMatchObject({
      code: 'copies:errors.barcodesTaken',
      field: 'barcodeText',
      params: { barcodes: 'A002、A001', count: 2 },
    });
    expect(await db.copies.count()).toBe(before);
    expect(await db.copyEvents.count()).toBe(events);
    expect(await copiesCount(db)).toBe(2);
    expect(await copyByBarcode(db, 'A003')).toBeUndefined();
  });

  it('refuses bad input, a withdrawn edition and a deleted material', async () => {
    const { material, edition } = await textbook();
    await expect(
      addCopies(db, form(material.id, edition.id, { count: 501 }), TODAY, ctx()),
    ).rejects.toMatchObject({
      code: 'copies:validation.count',
      field: 'count',
    });
    await expect(
      addCopies(db, form(material.id, edition.id, { acquiredOn: '2026-03-17' }), TODAY, ctx()),
    ).rejects.toMatchObject({ code: 'copies:validation.acquiredFuture', field: 'acquiredOn' });
    await withdrawMaterialEdition(db, material.id, edition.id, '内容有误', ctx());
    await expect(addCopies(db, form(material.id, edition.id), TODAY, ctx())).rejects.toMatchObject({
      code: 'copies:errors.editionWithdrawn',
      params: { edition: 1 },
    });
    await expect(addCopies(db, form('nope', edition.id), TODAY, ctx())).rejects.toMatchObject({
      code: 'copies:errors.materialNotFound',
    });
    expect(await db.copies.count()).toBe(0);
    expect(await db.counters.get(BARCODE_SEQUENCE_COUNTER)).toBeUndefined();
  });
});

describe('changing a copy', () => {
  async function oneCopy() {
    const { material, edition } = await textbook();
    return (await addCopies(db, form(material.id, edition.id), TODAY, ctx())).copies[0]!;
  }

  it('edits its fields and records what changed; an edit that changes nothing records nothing', async () => {
    const copy = await oneCopy();
    const edited = await editCopy(
      db,
      copy.id,
      { location: 'B-01', acquiredOn: TODAY, replacementCost: '¥50', condition: 'worn', notes: '封面有折痕' },
      TODAY,
      ctx(),
    );
    expect(edited).toMatchObject({
      location: 'B-01',
      replacementCost: 5000,
      condition: 'worn',
      notes: '封面有折痕',
    });
    await editCopy(
      db,
      copy.id,
      {
        location: 'B-01',
        acquiredOn: TODAY,
        replacementCost: '50.00',
        condition: 'worn',
        notes: '封面有折痕',
      },
      TODAY,
      ctx(),
    );
    const history = (await fetchCopyEventsPage(db, copy.id, null, 10)).rows;
    expect(history.map((e) => e.kind)).toEqual(['edited', 'added']);
    expect(history[0]!.detail).toEqual({
      location: 'A-03-2 → B-01',
      condition: 'new → worn',
      notes: ' → 封面有折痕',
      replacementCost: '¥45.50 → ¥50.00',
    });
  });

  it('sends it to repair and back, and withdraws it with a reason', async () => {
    const copy = await oneCopy();
    await sendToRepair(db, copy.id, '书脊开裂', ctx());
    expect((await db.copies.get(copy.id))?.status).toBe('inRepair');
    await expect(sendToRepair(db, copy.id, '', ctx())).rejects.toMatchObject({
      code: 'copies:errors.alreadyInRepair',
    });
    await returnFromRepair(db, copy.id, 'good', ctx());
    expect(await db.copies.get(copy.id)).toMatchObject({ status: 'available', condition: 'good' });
    await sendToRepair(db, copy.id, '', ctx());
    await returnFromRepair(db, copy.id, 'good', ctx());
    await expect(returnFromRepair(db, copy.id, 'good', ctx())).rejects.toMatchObject({
      code: 'copies:errors.notInRepair',
    });
    await expect(withdrawCopy(db, copy.id, ' ', ctx())).rejects.toMatchObject({
      code: 'validation.required',
    });
    await withdrawCopy(db, copy.id, '破损严重', ctx());
    expect((await db.copies.get(copy.id))?.status).toBe('withdrawn');
    await expect(withdrawCopy(db, copy.id, '再次', ctx())).rejects.toMatchObject({
      code: 'copies:errors.alreadyWithdrawn',
    });
    const kinds = (await fetchCopyEventsPage(db, copy.id, null, 10)).rows.map((e) => [e.kind, e.detail]);
    expect(kinds).toEqual([
      ['withdrawn', { from: 'available', reason: '破损严重' }],
      ['repaired', undefined],
      ['toRepair', { from: 'available' }],
      ['repaired', { condition: 'new → good' }],
      ['toRepair', { from: 'available', note: '书脊开裂' }],
      ['added', { barcode: copy.barcode, edition: 1 }],
    ]);
    // Withdrawn copies stay recorded: the counter counts every copy added.
    expect(await copiesCount(db)).toBe(1);
  });

  it('will not withdraw or repair a copy on loan, and says who has it', async () => {
    const copy = await oneCopy();
    const loan: Loan = {
      id: 'loan-1',
      createdAt: 1,
      updatedAt: 1,
      updatedBy: 'desk',
      copyId: copy.id,
      barcode: copy.barcode,
      materialId: copy.materialId,
      editionId: copy.editionId,
      title: copy.title,
      borrowerId: 'p1',
      borrowerName: '张伟',
      department: '客户服务部',
      outAt: 5_000,
      dueDate: '2026-04-15',
      renewals: 0,
      open: 1,
    };
    await db.loans.add(loan);
    await db.copies.update(copy.id, { status: 'onLoan', loanId: loan.id });
    const events = await db.copyEvents.count();
    await expect(withdrawCopy(db, copy.id, '过时', ctx())).rejects.toMatchObject({
      code: 'copies:errors.withdrawOnLoan',
      params: { barcode: copy.barcode, borrower: '张伟', dueDate: '2026-04-15' },
    });
    await expect(sendToRepair(db, copy.id, '', ctx())).rejects.toMatchObject({
      code: 'copies:errors.repairOnLoan',
    });
    expect((await db.copies.get(copy.id))?.status).toBe('onLoan');
    expect(await db.copyEvents.count()).toBe(events);
    expect((await fetchCopyLoansPage(db, copy.id, null, 10)).rows.map((l) => l.borrowerName)).toEqual([
      '张伟',
    ]);
  });
});

describe('the copies list and counts', () => {
  it('pages by barcode, filters by status, material and edition, and finds a barcode prefix', async () => {
    const a = await textbook('投诉处理实务');
    const b = await textbook('服务礼仪手册');
    const many = await addCopies(db, form(a.material.id, a.edition.id, { count: 150 }), TODAY, ctx());
    await addCopies(
      db,
      form(b.material.id, b.edition.id, { mode: 'barcodes', barcodeText: 'LY-1\nLY-2' }),
      TODAY,
      ctx(),
    );
    const second = await publishNewEdition(
      db,
      a.material.id,
      { date: '2026-02-01', changeNote: '新增第8章', files: [] },
      ctx(),
    );
    await addCopies(db, form(a.material.id, second.id, { count: 3, location: 'C-1' }), TODAY, ctx());
    await sendToRepair(db, many.copies[5]!.id, '', ctx());
    await sendToRepair(db, many.copies[7]!.id, '', ctx());

    const first = await fetchCopiesPage(db, {}, null, 100);
    expect(first.rows).toHaveLength(100);
    const rest = await fetchCopiesPage(db, {}, first.after, 100);
    const barcodes = [...first.rows, ...rest.rows].map((c) => c.barcode);
    expect(barcodes).toHaveLength(155);
    expect(barcodes).toEqual([...barcodes].sort());
    expect(new Set(barcodes).size).toBe(155);
    expect(rest.after).toBeNull();

    expect((await allCopies({ status: 'inRepair' })).map((c) => c.barcode)).toEqual(['TD000006', 'TD000008']);
    expect((await allCopies({ materialId: b.material.id })).map((c) => c.barcode)).toEqual(['LY-1', 'LY-2']);
    expect((await allCopies({ materialId: a.material.id, edition: 2 })).map((c) => c.barcode)).toEqual([
      'TD000151',
      'TD000152',
      'TD000153',
    ]);
    expect((await allCopies({ barcode: 'td00015' })).map((c) => c.barcode)).toEqual([
      'TD000150',
      'TD000151',
      'TD000152',
      'TD000153',
    ]);
    expect((await allCopies({ status: 'available', barcode: 'ly' })).map((c) => c.barcode)).toEqual([
      'LY-1',
      'LY-2',
    ]);

    expect(await editionStatusCounts(db, a.edition.id)).toEqual({
      available: 148,
      onLoan: 0,
      onHoldShelf: 0,
      inRepair: 2,
      lost: 0,
      withdrawn: 0,
    });
  });

  it('reads the labels of one copy, one batch or an edition still in the collection', async () => {
    const { material, edition } = await textbook();
    const first = await addCopies(db, form(material.id, edition.id, { count: 3 }), TODAY, ctx());
    const batch = await addCopies(db, form(material.id, edition.id, { count: 2 }), TODAY, ctx());
    await withdrawCopy(db, first.copies[0]!.id, '破损', ctx());
    const barcodes = async (selection: Parameters<typeof copiesForLabels>[1]) =>
      (await copiesForLabels(db, selection)).map((c) => c.barcode);
    expect(await barcodes({ materialId: material.id, addedAt: batch.addedAt })).toEqual([
      'TD000004',
      'TD000005',
    ]);
    expect(await barcodes({ materialId: material.id, edition: 1 })).toEqual([
      'TD000002',
      'TD000003',
      'TD000004',
      'TD000005',
    ]);
    expect(await barcodes({ copyId: first.copies[0]!.id })).toEqual(['TD000001']);
  });

  it('pages a long history newest first, even when several events share an instant', async () => {
    const { material, edition } = await textbook();
    const copy = (await addCopies(db, form(material.id, edition.id), TODAY, ctx())).copies[0]!;
    const same: WriteContext = { actor: 'x', now: 999_999 };
    for (let i = 0; i < 5; i++) {
      await sendToRepair(db, copy.id, `第${i}次`, same);
      await returnFromRepair(db, copy.id, 'good', same);
    }
    const seen: string[] = [];
    let after = null;
    do {
      const page: Awaited<ReturnType<typeof fetchCopyEventsPage>> = await fetchCopyEventsPage(
        db,
        copy.id,
        after,
        3,
      );
      seen.push(...page.rows.map((e) => e.id));
      after = page.after;
    } while (after);
    expect(seen).toHaveLength(11);
    expect(new Set(seen).size).toBe(11);
    const last = await db.copyEvents.get(seen[seen.length - 1]!);
    expect(last?.kind).toBe('added');
  });
});
