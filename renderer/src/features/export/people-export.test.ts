import 'fake-indexeddb/auto';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { emptyPersonInput } from '../../../../shared/domain/person';
import { i18n, initI18n } from '../../app/i18n';
import { createDatabase, type TrainDeskDatabase } from '../../db';
import { autoMapColumns } from '../import/column-mapping';
import { peopleImporter } from '../import/importers/people';
import { validateSheet } from '../import/validate-rows';
import { createPerson, deletePerson } from '../people/commands';
import type { PeopleQuery } from '../people/queries';
import { ctx, employee, TODAY } from '../people/test-helpers';
import { peopleTable } from './people-export';

let db: TrainDeskDatabase;
let n = 0;
beforeAll(async () => {
  await initI18n('zh-CN');
});
beforeEach(async () => {
  db = createDatabase(`people-export-test-${n++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const byName: PeopleQuery = { deleted: false, sort: 'name', descending: false };

/** Many people at once, through the importer's bulk write (one by one takes seconds). */
async function seed(count: number) {
  const people = Array.from({ length: count }, (_, i) =>
    employee({
      employeeNo: `E${String(i).padStart(4, '0')}`,
      name: `员工${String(i).padStart(4, '0')}`,
      department: i % 2 === 0 ? '客户服务部' : '投诉处理部',
      status: i % 5 === 0 ? 'left' : 'active',
    }),
  );
  await peopleImporter.write(db, people, { context: ctx(), duplicates: 'skip', columns: new Set() });
}

describe('exporting the people list', () => {
  it('writes what the list shows: its filter and its sort, past the first page', async () => {
    await seed(2_100);
    const query: PeopleQuery = { ...byName, sort: 'employeeNo', descending: true, department: '客户服务部' };
    const table = await peopleTable(db, query, i18n.getFixedT('zh-CN'), 'zh-CN', TODAY);
    expect(table.rows).toHaveLength(1_050);
    expect(table.rows[0]?.[0]).toBe('E2098');
    expect(table.rows.at(-1)?.[0]).toBe('E0000');
    expect(table.fileName).toBe(`人员档案-${TODAY}`);
  }, 60_000);

  it('leaves out deleted people and shows the search results only', async () => {
    const zhang = await createPerson(db, employee(), ctx());
    await createPerson(db, employee({ employeeNo: 'E002', name: '李娜' }), ctx());
    await createPerson(db, employee({ employeeNo: 'E003', name: '张敏' }), ctx());
    await deletePerson(db, zhang.id, ctx());
    const t = i18n.getFixedT('zh-CN');
    expect((await peopleTable(db, byName, t, 'zh-CN', TODAY)).rows.map((r) => r[1])).toEqual([
      '李娜',
      '张敏',
    ]);
    const search = await peopleTable(db, { ...byName, search: 'zh' }, t, 'zh-CN', TODAY);
    expect(search.rows.map((r) => r[1])).toEqual(['张敏']);
  });

  it('has headers and choices in the user’s language', async () => {
    await createPerson(
      db,
      employee({ isTrainer: true, fields: ['communication', 'complaintHandling'] }),
      ctx(),
    );
    const zh = await peopleTable(db, byName, i18n.getFixedT('zh-CN'), 'zh-CN', TODAY);
    expect(zh.headers.slice(0, 5)).toEqual(['工号', '姓名', '人员类别', '部门', '岗位']);
    expect(zh.rows[0]).toEqual(expect.arrayContaining(['客户关系专员', '在职', '是', '沟通技巧、投诉处理']));
    const en = await peopleTable(db, byName, i18n.getFixedT('en'), 'en', TODAY);
    expect(en.headers.slice(0, 2)).toEqual(['Employee number', 'Name']);
    expect(en.rows[0]).toEqual(
      expect.arrayContaining([
        'Customer-relations specialist',
        'Active',
        'Yes',
        'Communication skills; Complaint handling',
      ]),
    );
  });

  it('can be imported again as it is, in either language', async () => {
    await createPerson(db, employee({ isTrainer: true, fields: ['loyalty'], hireDate: '2019-02-03' }), ctx());
    await createPerson(
      db,
      { ...emptyPersonInput('external'), name: 'John Smith', organisation: 'ACME' },
      ctx(),
    );
    for (const language of ['zh-CN', 'en'] as const) {
      const table = await peopleTable(db, byName, i18n.getFixedT(language), language, TODAY);
      const rows = [table.headers, ...table.rows.map((r) => r.map((cell) => String(cell ?? '')))];
      const report = await validateSheet(
        peopleImporter,
        rows,
        autoMapColumns(peopleImporter.columns, table.headers),
        {
          today: TODAY,
          db,
        },
      );
      expect(report.problems).toEqual([]);
      expect(report.valid).toHaveLength(2);
      expect([...report.existing]).toEqual(['E001']);
    }
  });
});
