import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyCaseInput, type CaseInput } from '../../../../shared/domain/complaint-case';
import { createDatabase, type TrainDeskDatabase } from '../../db';
import type { WriteContext } from '../shared-ui';
import { createCase, deleteCase, restoreCase, updateCase } from './commands';
import { fetchCasesPage, liveCasesCount, planCasesQuery, type CasesQuery } from './queries';

let db: TrainDeskDatabase;
let n = 0;
beforeEach(async () => {
  db = createDatabase(`cases-test-${n++}`, Infinity, { reloadOnVersionChange: false });
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const ctx = (now = 1_000): WriteContext => ({ actor: 'tester', now });
const complaint = (overrides: Partial<CaseInput> = {}): CaseInput => ({
  ...emptyCaseInput(),
  title: '冰箱退货纠纷',
  complaintType: 'afterSales',
  difficulty: 4,
  departments: ['客户服务部', '售后服务部'],
  background: '客户李明（电话13912345678）购买冰箱三天后出现异响，要求退货。',
  solution: '上门检测后更换新机',
  ...overrides,
});
const base: CasesQuery = { deleted: false };

describe('saving a case', () => {
  it('stores only masked text, and the original number cannot be found', async () => {
    const c = await createCase(db, complaint(), ctx());
    const stored = await db.cases.get(c.id);
    expect(stored?.background).toBe('客户李**（电话139****5678）购买冰箱三天后出现异响，要求退货。');
    expect(JSON.stringify(stored)).not.toContain('13912345678');
    expect(JSON.stringify(await db.searchTerms.toCollection().primaryKeys())).not.toContain('13912345678');
    expect(await liveCasesCount(db)).toBe(1);
  });

  it('masks on edit too, and moves the search index', async () => {
    const c = await createCase(db, complaint(), ctx());
    await updateCase(
      db,
      c.id,
      complaint({ solution: '联系人：王小红，住址：杭州市西湖区文三路100号' }),
      ctx(2),
    );
    expect((await db.cases.get(c.id))?.solution).toBe('联系人：王**，住址：杭州市西湖区***');
    expect((await fetchCasesPage(db, { ...base, search: '更换' }, null, 50)).rows).toHaveLength(0);
    expect((await fetchCasesPage(db, { ...base, search: '西湖' }, null, 50)).rows).toHaveLength(1);
  });

  it('refuses a case without a title and writes nothing', async () => {
    await expect(createCase(db, complaint({ title: '' }), ctx())).rejects.toMatchObject({
      code: 'validation.required',
      field: 'title',
    });
    expect(await db.cases.count()).toBe(0);
    expect(await liveCasesCount(db)).toBe(0);
  });

  it('soft-deletes and restores, keeping the count', async () => {
    const c = await createCase(db, complaint(), ctx());
    await deleteCase(db, c.id, ctx(7));
    expect(await db.cases.get(c.id)).toMatchObject({ del: 1, deletedAt: 7 });
    expect(await liveCasesCount(db)).toBe(0);
    expect((await fetchCasesPage(db, base, null, 50)).rows).toHaveLength(0);
    await restoreCase(db, c.id, ctx());
    expect(await liveCasesCount(db)).toBe(1);
  });
});

describe('the case list', () => {
  async function seed() {
    const types = ['productQuality', 'serviceQuality', 'priceDispute'] as const;
    for (let i = 0; i < 9; i++) {
      await createCase(
        db,
        complaint({
          title: `案例${i}`,
          complaintType: types[i % 3],
          difficulty: (i % 5) + 1,
          departments: i % 2 ? ['客户服务部'] : ['技术支持部', '客户服务部'],
          background: i === 4 ? '价格欺诈争议' : '',
        }),
        ctx(),
      );
    }
  }

  it('filters by type, difficulty and department in title order', async () => {
    await seed();
    const titles = async (q: Partial<CasesQuery>) =>
      (await fetchCasesPage(db, { ...base, ...q }, null, 50)).rows.map((r) => r.title);
    expect(await titles({ complaintType: 'serviceQuality' })).toEqual(['案例1', '案例4', '案例7']);
    expect(await titles({ difficulty: 2 })).toEqual(['案例1', '案例6']);
    expect(await titles({ department: '技术支持部' })).toEqual(['案例0', '案例2', '案例4', '案例6', '案例8']);
    expect(await titles({ department: '技术支持部', complaintType: 'productQuality' })).toEqual([
      '案例0',
      '案例6',
    ]);
    expect(planCasesQuery({ ...base, difficulty: 3 }).index).toBe('[del+difficulty+titleKey+id]');
  });

  it('pages through every case once, continuing after the last key', async () => {
    await seed();
    const first = await fetchCasesPage(db, base, null, 4);
    const second = await fetchCasesPage(db, base, first.after, 4);
    const third = await fetchCasesPage(db, base, second.after, 4);
    const ids = [...first.rows, ...second.rows, ...third.rows].map((r) => r.id);
    expect(new Set(ids).size).toBe(9);
    expect(third.after).toBeNull();
  });

  it('searches every text field', async () => {
    await seed();
    expect(
      (await fetchCasesPage(db, { ...base, search: '欺诈' }, null, 50)).rows.map((r) => r.title),
    ).toEqual(['案例4']);
    expect((await fetchCasesPage(db, { ...base, search: '更换新机' }, null, 50)).rows).toHaveLength(9);
  });
});
