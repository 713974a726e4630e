import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../../../shared/domain/errors';
import { emptyPersonInput } from '../../../../shared/domain/person';
import { createDatabase, type TrainDeskDatabase } from '../../db';
import { createPerson, deletePerson, restorePerson, updatePerson } from './commands';
import {
  distinctValues,
  fetchPeoplePage,
  livePeopleCount,
  planPeopleQuery,
  type PeopleQuery,
} from './queries';
import { ctx, employee } from './test-helpers';

let db: TrainDeskDatabase;
let n = 0;
beforeEach(async () => {
  db = createDatabase(`people-test-${n++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const base: PeopleQuery = { deleted: false, sort: 'name', descending: false };

describe('people commands', () => {
  it('adds a person with derived index fields and counts them', async () => {
    const p = await createPerson(db, employee({ isTrainer: true, fields: ['communication'] }), ctx());
    const stored = await db.people.get(p.id);
    expect(stored).toMatchObject({ name: '张伟', del: 0, trainerType: 'internal', updatedBy: 'tester' });
    expect(stored?.searchTokens).toContain('zhw');
    expect(await livePeopleCount(db)).toBe(1);
  });

  it('refuses a duplicate employee number and writes nothing', async () => {
    await createPerson(db, employee(), ctx());
    const attempt = createPerson(db, employee({ name: '李娜' }), ctx());
    await expect(attempt).rejects.toMatchObject({ code: 'errors.duplicateEmployeeNo', field: 'employeeNo' });
    expect(await db.people.count()).toBe(1);
    expect(await livePeopleCount(db)).toBe(1);
  });

  it('refuses bad input with the field it belongs to', async () => {
    const future = createPerson(db, employee({ hireDate: '2027-01-01' }), ctx());
    await expect(future).rejects.toBeInstanceOf(DomainError);
    await expect(future).rejects.toMatchObject({ code: 'validation.hireDateFuture', field: 'hireDate' });
    expect(await db.people.count()).toBe(0);
  });

  it('lets a person keep their own number on edit but not take another one', async () => {
    const a = await createPerson(db, employee(), ctx());
    await createPerson(db, employee({ employeeNo: 'E002', name: '李娜' }), ctx());
    const edited = await updatePerson(db, a.id, employee({ phone: '13812345678' }), ctx());
    expect(edited.phone).toBe('13812345678');
    await expect(updatePerson(db, a.id, employee({ employeeNo: 'E002' }), ctx())).rejects.toMatchObject({
      code: 'errors.duplicateEmployeeNo',
    });
    expect((await db.people.get(a.id))?.employeeNo).toBe('E001');
  });

  it('soft-deletes to a tombstone and restores', async () => {
    const a = await createPerson(db, employee(), ctx());
    await deletePerson(db, a.id, ctx({ now: 5 }));
    expect(await db.people.get(a.id)).toMatchObject({ deletedAt: 5, del: 1 });
    expect(await livePeopleCount(db)).toBe(0);
    expect((await fetchPeoplePage(db, base, null, 50)).rows).toHaveLength(0);
    expect((await fetchPeoplePage(db, { ...base, deleted: true }, null, 50)).rows).toHaveLength(1);
    await deletePerson(db, a.id, ctx());
    expect(await livePeopleCount(db)).toBe(0);
    await restorePerson(db, a.id, ctx());
    const restored = await db.people.get(a.id);
    expect(restored?.deletedAt).toBeUndefined();
    expect(restored?.del).toBe(0);
    expect(await livePeopleCount(db)).toBe(1);
  });

  it('stores an external trainer without an employee number', async () => {
    const input = { ...emptyPersonInput('external'), name: 'John Smith', organisation: 'ACME 咨询' };
    const p = await createPerson(db, input, ctx());
    await createPerson(db, { ...input, name: 'Jane Roe' }, ctx());
    expect(p).toMatchObject({ trainerType: 'external', employeeNo: undefined, noKey: '' });
    expect(await db.people.count()).toBe(2);
  });
});

describe('people list queries', () => {
  async function seed(count: number) {
    const people = [];
    for (let i = 0; i < count; i++) {
      const dept = i % 3 === 0 ? '投诉处理部' : '客户服务部';
      people.push(
        await createPerson(
          db,
          employee({
            employeeNo: `E${String(i).padStart(4, '0')}`,
            name: i % 2 ? `王${i}` : '张伟',
            department: dept,
          }),
          ctx(),
        ),
      );
    }
    return people;
  }

  it('pages through every live person once, in name order, continuing after the last key', async () => {
    await seed(25);
    const seen: string[] = [];
    let after = null;
    let pages = 0;
    do {
      const page = await fetchPeoplePage(db, base, after, 10);
      seen.push(...page.rows.map((r) => r.id));
      after = page.after;
      pages++;
    } while (after);
    expect(new Set(seen).size).toBe(25);
    expect(pages).toBe(3);
    const names = (await fetchPeoplePage(db, base, null, 25)).rows.map((r) => r.nameKey);
    expect(names).toEqual([...names].sort());
  });

  it('sorts by employee number descending', async () => {
    await seed(5);
    const rows = (await fetchPeoplePage(db, { ...base, sort: 'employeeNo', descending: true }, null, 3)).rows;
    expect(rows.map((r) => r.employeeNo)).toEqual(['E0004', 'E0003', 'E0002']);
  });

  it('filters by department through its own index, combined with status', async () => {
    await seed(9);
    const plan = planPeopleQuery({ ...base, status: 'active', department: '投诉处理部' });
    expect(plan.index).toBe('[del+department+nameKey+id]');
    expect(plan.jsFilters).toEqual(['status']);
    expect(planPeopleQuery({ ...base, status: 'left' }).index).toBe('[del+nameKey+id]');
    const rows = (await fetchPeoplePage(db, { ...base, department: '投诉处理部' }, null, 50)).rows;
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.department === '投诉处理部')).toBe(true);
  });

  it('lists each live department once, in order', async () => {
    await seed(7);
    expect(await distinctValues(db, 'department')).toEqual(['客户服务部', '投诉处理部'].sort());
    expect(await distinctValues(db, 'position')).toEqual(['crSpecialist']);
  });

  it('filters by status while walking the name index', async () => {
    const people = await seed(4);
    await updatePerson(
      db,
      people[1]!.id,
      employee({ employeeNo: 'E0001', name: '王1', status: 'left' }),
      ctx(),
    );
    const rows = (await fetchPeoplePage(db, { ...base, status: 'left' }, null, 50)).rows;
    expect(rows.map((r) => r.name)).toEqual(['王1']);
  });

  it('finds people by pinyin initials, full pinyin and employee number', async () => {
    await seed(6);
    const search = async (s: string) => (await fetchPeoplePage(db, { ...base, search: s }, null, 50)).rows;
    expect((await search('zhw')).map((r) => r.name)).toEqual(['张伟', '张伟', '张伟']);
    expect(await search('zhangwei')).toHaveLength(3);
    expect((await search('e0005')).map((r) => r.name)).toEqual(['王5']);
    expect(await search('lina')).toHaveLength(0);
  });
});
