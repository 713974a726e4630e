import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyMaterialInput } from '../../../../../shared/domain/material';
import { createDatabase, type TrainDeskDatabase } from '../../../db';
import { addCopies } from '../../copies/commands';
import { copiesCount, copyByBarcode } from '../../copies/queries';
import { createMaterial, publishNewEdition, withdrawMaterialEdition } from '../../materials/commands';
import { autoMapColumns } from '../column-mapping';
import { runImport } from '../run-import';
import { templateTable } from '../template';
import { validateSheet } from '../validate-rows';
import { copiesImporter, editionNumberOf, loadCatalogueDirectory } from './copies';

const TODAY = '2026-03-16';
const context = { actor: '资料管理员', now: Date.parse('2026-03-16T08:00:00Z'), today: TODAY };

let db: TrainDeskDatabase;
let n = 0;
beforeEach(async () => {
  db = createDatabase(`copies-import-test-${n++}`, Infinity, { reloadOnVersionChange: false });
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const ctx = () => ({ actor: 'tester', now: 1_000 });
async function material(title: string, editions = 1) {
  const m = await createMaterial(
    db,
    { ...emptyMaterialInput(), title, category: 'complaintHandling' },
    ctx(),
  );
  const made = [];
  for (let i = 0; i < editions; i++)
    made.push(
      await publishNewEdition(
        db,
        m.id,
        { date: '2026-01-01', changeNote: i ? '修订' : '', files: [] },
        ctx(),
      ),
    );
  return { material: m, editions: made };
}

const ZH = ['资料名称', '版次', '条码', '架位', '入藏日期', '赔偿价格（元）', '品相', '备注'];

async function check(rows: string[][], headers = ZH) {
  const importer = copiesImporter(await loadCatalogueDirectory(db));
  const mapping = autoMapColumns(importer.columns, headers);
  const report = await validateSheet(importer, [headers, ...rows], mapping, { today: TODAY, db });
  return { importer, mapping, report };
}

describe('importing copies', () => {
  it('reads materials by title or id, editions by number, and generates missing barcodes', async () => {
    const a = await material('投诉处理实务', 2);
    const b = await material('Service Etiquette');
    const { importer, mapping, report } = await check([
      ['投诉处理实务', '第2版', '', 'A-01', '2026/3/1', '¥45.50', '全新', ''],
      ['service etiquette', '1', 'lib-9', 'B-02', '2026-02-01', '30', 'worn', '旧馆藏'],
      [b.material.id, 'Edition 1', '', 'B-02', '46000', '30', '', ''],
    ]);
    expect(report.problems).toEqual([]);
    const outcome = await runImport(db, importer, report, {
      validOnly: false,
      mapping,
      duplicates: 'skip',
      context,
    });
    expect(outcome).toEqual({ added: 3, updated: 0, skipped: 0 });
    expect(await copiesCount(db)).toBe(3);
    expect(await copyByBarcode(db, 'TD000001')).toMatchObject({
      editionId: a.editions[1]!.id,
      editionNumber: 2,
      acquiredOn: '2026-03-01',
      replacementCost: 4550,
      condition: 'new',
    });
    expect(await copyByBarcode(db, 'LIB-9')).toMatchObject({
      materialId: b.material.id,
      condition: 'worn',
      notes: '旧馆藏',
    });
    expect(await copyByBarcode(db, 'TD000002')).toMatchObject({
      acquiredOn: '2025-12-09',
      condition: 'good',
    });
    expect(
      await db.copyEvents.where('[copyId+at]').between(['', -Infinity], ['\uffff', Infinity]).count(),
    ).toBe(3);
  });

  it('reports unknown materials and editions, bad dates and costs, and barcodes twice in the file, by row', async () => {
    const a = await material('投诉处理实务', 2);
    await withdrawMaterialEdition(db, a.material.id, a.editions[0]!.id, '有误', ctx());
    const { importer, mapping, report } = await check([
      ['投诉处理实务', '2', 'X-1', 'A-01', '2026-03-01', '45', '', ''],
      ['沟通技巧', '1', '', 'A-01', '2026-03-01', '45', '', ''],
      ['投诉处理实务', '3', '', 'A-01', '2026-03-01', '45', '', ''],
      ['投诉处理实务', '1', '', 'A-01', '2026-03-01', '45', '', ''],
      ['投诉处理实务', '二', '', 'A-01', '2026-03-01', '45', '', ''],
      ['投诉处理实务', '2', '', 'A-01', '2026-02-30', '四十五', '很新', ''],
      ['投诉处理实务', '2', 'x-1', 'A-01', '2026-03-01', '45', '', ''],
      ['投诉处理实务', '2', '', 'A-01', '2026-03-17', '45', '', ''],
      ['投诉处理实务', '2', 'X 2', '', '2026-03-01', '45', '', ''],
    ]);
    const problems = report.problems.map((p) => [p.row, p.column, p.message, p.params ?? {}]);
    expect(problems).toEqual([
      [3, 'material', 'copies:import.problems.unknownMaterial', { value: '沟通技巧' }],
      [4, 'edition', 'copies:import.problems.unknownEdition', { number: 3, title: '投诉处理实务' }],
      [5, 'edition', 'copies:import.problems.withdrawnEdition', { number: 1, title: '投诉处理实务' }],
      [6, 'edition', 'copies:import.problems.editionNumber', { value: '二' }],
      [7, 'acquiredOn', 'validation.date', {}],
      [7, 'replacementCost', 'copies:validation.cost', {}],
      [7, 'condition', 'import:problems.choice', { value: '很新' }],
      [8, 'barcode', 'import:problems.duplicateInFile', { row: 2, value: 'X-1' }],
      [9, 'acquiredOn', 'copies:validation.acquiredFuture', {}],
      [10, 'barcode', 'copies:validation.barcodeChars', {}],
      [10, 'location', 'validation.required', {}],
    ]);
    expect(report.valid).toHaveLength(1);
    await expect(
      runImport(db, importer, report, { validOnly: false, mapping, duplicates: 'skip', context }),
    ).rejects.toMatchObject({
      code: 'import:refused',
    });
    expect(await db.copies.count()).toBe(0);
    await runImport(db, importer, report, { validOnly: true, mapping, duplicates: 'skip', context });
    expect((await copyByBarcode(db, 'X-1'))?.editionNumber).toBe(2);
  });

  it('refuses the whole file when a barcode already belongs to a copy, naming it, and writes nothing', async () => {
    const a = await material('投诉处理实务');
    await addCopies(
      db,
      {
        materialId: a.material.id,
        editionId: a.editions[0]!.id,
        mode: 'barcodes',
        count: null,
        barcodeText: 'TD000002\nOLD-1',
        location: 'A',
        acquiredOn: TODAY,
        replacementCost: '1',
        condition: 'good',
        notes: '',
      },
      TODAY,
      ctx(),
    );
    const { importer, mapping, report } = await check([
      ['投诉处理实务', '1', '', 'A-01', '2026-03-01', '45', '', ''],
      ['投诉处理实务', '1', 'old-1', 'A-01', '2026-03-01', '45', '', ''],
    ]);
    expect(report.problems).toEqual([]);
    await expect(
      runImport(db, importer, report, { validOnly: false, mapping, duplicates: 'skip', context }),
    ).rejects.toMatchObject({ code: 'copies:errors.barcodesTaken', params: { barcodes: 'OLD-1' } });
    expect(await copiesCount(db)).toBe(2);

    // Without that row, the generated barcode skips the TD000002 someone typed earlier.
    const again = await check([
      ['投诉处理实务', '1', '', 'A-01', '2026-03-01', '45', '', ''],
      ['投诉处理实务', '1', 'TD000003', 'A-01', '2026-03-01', '45', '', ''],
    ]);
    await runImport(db, again.importer, again.report, {
      validOnly: false,
      mapping: again.mapping,
      duplicates: 'skip',
      context,
    });
    expect((await copyByBarcode(db, 'TD000001'))?.location).toBe('A-01');
    expect(await copyByBarcode(db, 'TD000003')).toBeDefined();
    expect(await copiesCount(db)).toBe(4);
  });

  it('offers a template with headers in either language that maps back to every column', async () => {
    const importer = copiesImporter(await loadCatalogueDirectory(db));
    for (const language of ['zh-CN', 'en'] as const) {
      const table = templateTable(importer, language, 'xlsx', 't.xlsx');
      const mapping = autoMapColumns(importer.columns, table.headers);
      expect(Object.values(mapping).every((i) => i !== null)).toBe(true);
    }
    expect(templateTable(importer, 'en', 'xlsx', 't.xlsx').headers).toContain('Replacement cost (yuan)');
  });

  it('reads edition numbers as people write them', () => {
    expect(['1', '第2版', '第 3 版', '4版', 'v5', 'Edition 6', 'ed. 7', '８'].map(editionNumberOf)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8,
    ]);
    expect(editionNumberOf('二')).toBeUndefined();
  });
});
