import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyPersonInput } from '../../../../shared/domain/person';
import { createDatabase, type TrainDeskDatabase } from '../../db';
import { peopleImporter } from '../import/importers/people';
import { createPerson, deletePerson } from '../people/commands';
import { ctx, employee } from '../people/test-helpers';
import { readRoster } from './roster';

let db: TrainDeskDatabase;
let n = 0;
beforeEach(async () => {
  db = createDatabase(`roster-test-${n++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('the roster by department', () => {
  it('groups live employees by department, each in name order, without external trainers', async () => {
    await createPerson(db, employee({ employeeNo: 'E1', name: '赵磊', department: '客户服务部' }), ctx());
    await createPerson(db, employee({ employeeNo: 'E2', name: '李娜', department: '投诉处理部' }), ctx());
    await createPerson(db, employee({ employeeNo: 'E3', name: '王芳', department: '客户服务部' }), ctx());
    const gone = await createPerson(
      db,
      employee({ employeeNo: 'E4', name: '陈静', department: '客户服务部' }),
      ctx(),
    );
    await deletePerson(db, gone.id, ctx());
    await createPerson(
      db,
      { ...emptyPersonInput('external'), name: 'John Smith', organisation: 'ACME' },
      ctx(),
    );

    const roster = await readRoster(db);
    expect(roster.map((d) => [d.name, d.people.map((p) => p.name)])).toEqual([
      ['客户服务部', ['王芳', '赵磊']],
      ['投诉处理部', ['李娜']],
    ]);
  });

  it('reads a large roster page by page and keeps a department together across pages', async () => {
    const people = Array.from({ length: 2_300 }, (_, i) =>
      employee({
        employeeNo: `E${i}`,
        name: `员工${String(i).padStart(4, '0')}`,
        department: i < 1_500 ? 'A部' : 'B部',
      }),
    );
    // Through the importer's bulk write: one by one takes seconds.
    await peopleImporter.write(db, people, { context: ctx(), duplicates: 'skip', columns: new Set() });
    const counts: number[] = [];
    const roster = await readRoster(db, (count) => counts.push(count));
    expect(roster.map((d) => d.people.length)).toEqual([1_500, 800]);
    expect(new Set(roster.flatMap((d) => d.people.map((p) => p.id))).size).toBe(2_300);
    expect(counts).toEqual([1_000, 2_000, 2_300]);
  }, 60_000);
});
