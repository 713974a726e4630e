import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDatabase, type TrainDeskDatabase } from '../../../db';
import { LIVE_PEOPLE_COUNTER } from '../../people/counters';
import { autoMapColumns, type ColumnMapping } from '../column-mapping';
import type { ImportWriteOptions } from '../importer';
import { runImport } from '../run-import';
import { templateTable } from '../template';
import { validateSheet, type ValidationReport } from '../validate-rows';
import { peopleImporter } from './people';

const TODAY = '2026-11-23';
const context = { actor: 'importer', now: Date.parse('2026-11-23T08:00:00Z'), today: TODAY };

let db: TrainDeskDatabase;
let n = 0;
beforeEach(async () => {
  db = createDatabase(`people-import-test-${n++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const HEADERS = ['工号', '姓名', '部门', '岗位', '入职日期', '状态', '担任内部讲师', '授课领域'];
const row = (no: string, name: string, extra: Partial<Record<'date' | 'dept', string>> = {}) => [
  no,
  name,
  extra.dept ?? '客户服务部',
  '客户关系专员',
  extra.date ?? '2021/5/10',
  '在职',
  '否',
  '',
];

async function check(rows: string[][], headers = HEADERS) {
  const mapping = autoMapColumns(peopleImporter.columns, headers);
  const report = await validateSheet(peopleImporter, [headers, ...rows], mapping, { today: TODAY, db });
  return { mapping, report };
}

async function importAll(
  report: ValidationReport,
  mapping: ColumnMapping,
  options: Partial<ImportWriteOptions> & { validOnly?: boolean } = {},
) {
  return runImport(db, peopleImporter, report, {
    context,
    duplicates: 'skip',
    validOnly: false,
    mapping,
    ...options,
  });
}

const liveCount = async () => (await db.counters.get(LIVE_PEOPLE_COUNTER))?.value ?? 0;

describe('importing people from a sheet with Chinese headers', () => {
  it('imports every row, typed as the form would store it, and counts them', async () => {
    const { mapping, report } = await check([
      row('E1001', '张伟'),
      [
        'E1002',
        '李娜',
        '投诉处理部',
        'Customer-service supervisor',
        '2020-01-02',
        'left',
        '是',
        '沟通技巧、投诉处理',
      ],
    ]);
    expect(report.problems).toEqual([]);
    const outcome = await importAll(report, mapping);
    expect(outcome).toEqual({ added: 2, updated: 0, skipped: 0 });
    const lina = await db.people.where('employeeNo').equals('E1002').first();
    expect(lina).toMatchObject({
      name: '李娜',
      department: '投诉处理部',
      position: 'csSupervisor',
      hireDate: '2020-01-02',
      status: 'left',
      trainerType: 'internal',
      trainer: { fields: ['communication', 'complaintHandling'] },
      updatedBy: 'importer',
      del: 0,
    });
    expect(lina?.searchTokens).toContain('ln');
    expect(await db.people.where('employeeNo').equals('E1001').first()).toMatchObject({
      hireDate: '2021-05-10',
      position: 'crSpecialist',
      trainerType: 'none',
    });
    expect(await liveCount()).toBe(2);
  });

  it('reads external trainers, who have an organisation and no employee number', async () => {
    const headers = ['人员类别', '姓名', '所属机构', '工号', '部门', '岗位'];
    const { mapping, report } = await check(
      [
        ['外部人员', 'John Smith', 'ACME 咨询', '', '', ''],
        ['External person', 'Jane Roe', 'ACME', '', '', ''],
      ],
      headers,
    );
    expect(report.problems).toEqual([]);
    await importAll(report, mapping);
    expect(await db.people.count()).toBe(2);
    expect((await db.people.toArray()).map((p) => p.trainerType)).toEqual(['external', 'external']);
  });
});

describe('a file with bad rows', () => {
  it('reports each problem by row and column, in i18n keys, and writes nothing', async () => {
    const { mapping, report } = await check([
      row('E1001', '张伟'),
      row('E1002', '李娜', { date: '2021-02-30' }),
      row('E1001', '王芳'),
      row('E1004', ''),
      [...row('E1005', '赵磊'), '多出来的一格'],
      ['E1006', '刘洋', '客户服务部', '客户关系专员', '', '休假', '也许', '插花'],
      row('E 1007', '陈静', { date: '2099-01-01' }),
    ]);
    expect(report.total).toBe(7);
    expect(report.invalidRows).toBe(6);
    expect(report.valid.map((v) => v.row)).toEqual([2]);
    expect(report.problems).toEqual([
      { row: 3, column: 'hireDate', message: 'validation.date' },
      {
        row: 4,
        column: 'employeeNo',
        message: 'import:problems.duplicateInFile',
        params: { row: 2, value: 'E1001' },
      },
      { row: 5, column: 'name', message: 'validation.required' },
      { row: 6, column: null, message: 'import:problems.extraCells', params: { count: 1 } },
      { row: 7, column: 'status', message: 'import:problems.choice', params: { value: '休假' } },
      { row: 7, column: 'isTrainer', message: 'import:problems.yesNo', params: { value: '也许' } },
      { row: 7, column: 'fields', message: 'import:problems.choice', params: { value: '插花' } },
      { row: 8, column: 'employeeNo', message: 'validation.employeeNo' },
      { row: 8, column: 'hireDate', message: 'validation.hireDateFuture' },
    ]);

    await expect(importAll(report, mapping)).rejects.toMatchObject({ code: 'import:refused' });
    expect(await db.people.count()).toBe(0);
    expect(await liveCount()).toBe(0);
  });

  it('finds the one bad row at the end of 10,000 and writes nothing', async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => row(`E${i}`, `员工${i}`));
    rows[9_999] = row('E9999', '员工9999', { date: '2021-13-01' });
    const progress: number[] = [];
    const mapping = autoMapColumns(peopleImporter.columns, HEADERS);
    const report = await validateSheet(peopleImporter, [HEADERS, ...rows], mapping, {
      today: TODAY,
      db,
      onProgress: (done) => progress.push(done),
    });
    expect(report.problems).toEqual([{ row: 10_001, column: 'hireDate', message: 'validation.date' }]);
    expect(report.valid).toHaveLength(9_999);
    expect(progress.at(-1)).toBe(10_000);
    await expect(importAll(report, mapping)).rejects.toMatchObject({ code: 'import:refused' });
    expect(await db.people.count()).toBe(0);
  });

  it('with “valid rows only” writes exactly the valid rows, in one transaction', async () => {
    const rows = Array.from({ length: 2_500 }, (_, i) => row(`E${i}`, `员工${i}`));
    rows[10] = row('E10', '');
    rows[2_000] = row('E0', '重复');
    const { mapping, report } = await check(rows);
    expect(report.invalidRows).toBe(2);
    const progress: number[] = [];
    const outcome = await importAll(report, mapping, {
      validOnly: true,
      onProgress: (done) => progress.push(done),
    });
    expect(outcome.added).toBe(2_498);
    expect(progress).toEqual([1_000, 2_000, 2_498]);
    expect(await db.people.count()).toBe(2_498);
    expect(await db.people.where('employeeNo').equals('E10').count()).toBe(0);
    expect(await db.people.where('employeeNo').equals('E0').first()).toMatchObject({ name: '员工0' });
    expect(await liveCount()).toBe(2_498);
  });
});

describe('rows whose employee number is already stored', () => {
  async function seed() {
    const { mapping, report } = await check([row('E1', '张伟'), row('E2', '李娜')]);
    await importAll(report, mapping);
    const li = (await db.people.where('employeeNo').equals('E2').first())!;
    await db.people.put({ ...li, phone: '13812345678', deletedAt: 1, del: 1 });
    await db.counters.put({ key: LIVE_PEOPLE_COUNTER, value: 1 });
  }

  it('are counted before the import, and skipped when the user says skip', async () => {
    await seed();
    const { mapping, report } = await check([row('E1', '张伟伟'), row('E2', '李娜娜'), row('E3', '王芳')]);
    expect([...report.existing].sort()).toEqual(['E1', 'E2']);
    const outcome = await importAll(report, mapping, { duplicates: 'skip' });
    expect(outcome).toEqual({ added: 1, updated: 0, skipped: 2 });
    expect((await db.people.where('employeeNo').equals('E1').first())?.name).toBe('张伟');
    expect(await liveCount()).toBe(2);
  });

  it('update the stored person, keep what the file does not say, and bring back a deleted one', async () => {
    await seed();
    const { mapping, report } = await check(
      [
        ['E1', '张伟伟', '投诉处理部', '客户服务主管'],
        ['E2', '李娜娜', '客户服务部', '客户关系经理'],
      ],
      ['工号', '姓名', '部门', '岗位'],
    );
    const before = (await db.people.where('employeeNo').equals('E1').first())!;
    const outcome = await importAll(report, mapping, { duplicates: 'update' });
    expect(outcome).toEqual({ added: 0, updated: 2, skipped: 0 });
    const zhang = (await db.people.get(before.id))!;
    expect(zhang).toMatchObject({
      name: '张伟伟',
      department: '投诉处理部',
      position: 'csSupervisor',
      hireDate: '2021-05-10',
      createdAt: before.createdAt,
    });
    expect(zhang.nameKey).not.toBe(before.nameKey);
    const li = (await db.people.where('employeeNo').equals('E2').first())!;
    expect(li).toMatchObject({ name: '李娜娜', phone: '13812345678', del: 0 });
    expect(li.deletedAt).toBeUndefined();
    expect(await db.people.count()).toBe(2);
    expect(await liveCount()).toBe(2);
  });
});

describe('cancelling an import', () => {
  it('rolls back every batch already written', async () => {
    const rows = Array.from({ length: 3_000 }, (_, i) => row(`E${i}`, `员工${i}`));
    const { mapping, report } = await check(rows);
    const controller = new AbortController();
    const attempt = importAll(report, mapping, {
      signal: controller.signal,
      onProgress: (done) => {
        if (done === 2_000) controller.abort();
      },
    });
    await expect(attempt).rejects.toBeDefined();
    expect(controller.signal.aborted).toBe(true);
    expect(await db.people.count()).toBe(0);
    expect(await liveCount()).toBe(0);
  });

  it('stops the checking too', async () => {
    const controller = new AbortController();
    controller.abort();
    const attempt = validateSheet(peopleImporter, [HEADERS, row('E1', '张伟')], {} as ColumnMapping, {
      today: TODAY,
      signal: controller.signal,
    });
    await expect(attempt).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('the template', () => {
  it('has every column’s header in the chosen language and an example row that imports cleanly', async () => {
    for (const language of ['zh-CN', 'en'] as const) {
      const table = templateTable(peopleImporter, language, 'xlsx', 'people');
      expect(table.headers).toHaveLength(peopleImporter.columns.length);
      expect(table.headers[0]).toBe(language === 'zh-CN' ? '工号' : 'Employee number');
      const { report } = await check(table.rows as string[][], table.headers);
      expect(report.problems).toEqual([]);
      expect(report.valid).toHaveLength(1);
    }
  });
});
