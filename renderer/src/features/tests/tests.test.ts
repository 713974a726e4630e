import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyTestPaperInput, type TestPaperInput } from '../../../../shared/domain/test-paper-rules';
import { createDatabase, type TrainDeskDatabase } from '../../db';
import { createQuestion, deleteQuestion } from '../questions/commands';
import { ctx, questionInput } from '../questions/test-helpers';
import { createTest, deleteTest, updateTest } from './commands';
import { fetchTestsPage } from './queries';

let db: TrainDeskDatabase;
let n = 0;
beforeEach(async () => {
  db = createDatabase(`tests-test-${n++}`, Infinity, { reloadOnVersionChange: false });
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const rule = {
  id: 'r1',
  type: 'single' as const,
  count: 3,
  tags: ['投诉流程'],
  category: null,
  minDifficulty: 2,
  maxDifficulty: 3,
  points: 5,
};

const input = (overrides: Partial<TestPaperInput> = {}): TestPaperInput => ({
  ...emptyTestPaperInput(),
  title: '投诉处理理论考核',
  rules: [rule],
  passMark: 9,
  ...overrides,
});

async function bank(count: number) {
  const ids = [];
  for (let i = 0; i < count; i++)
    ids.push((await createQuestion(db, questionInput('single', { stem: `题${i}` }), ctx())).id);
  return ids;
}

describe('saving a test', () => {
  it('stores a paper the bank can fill, sorted by its title', async () => {
    await bank(3);
    const test = await createTest(db, input(), ctx());
    expect(await db.tests.get(test.id)).toMatchObject({ title: '投诉处理理论考核', del: 0, rules: [rule] });
    expect(test.titleKey).toContain('tou su');
    await createTest(db, input({ title: 'Aardvark basics' }), ctx());
    expect((await fetchTestsPage(db, { deleted: false }, null, 10)).rows.map((t) => t.title)).toEqual([
      'Aardvark basics',
      '投诉处理理论考核',
    ]);
  });

  it('refuses a rule the bank cannot fill, naming the rule, and writes nothing', async () => {
    await bank(2);
    await expect(createTest(db, input({ passMark: 0 }), ctx())).rejects.toMatchObject({
      code: 'tests:errors.ruleShort',
      params: { rule: 1, needed: 3, available: 2 },
    });
    expect(await db.tests.count()).toBe(0);
  });

  it('refuses a pass mark above the total points', async () => {
    await bank(3);
    await expect(createTest(db, input({ passMark: 16 }), ctx())).rejects.toMatchObject({
      code: 'tests:errors.passMarkAboveTotal',
      field: 'passMark',
      params: { passMark: 16, total: 15 },
    });
  });

  it('counts fixed questions out of what a rule may draw, and refuses a deleted fixed question', async () => {
    const [a] = await bank(3);
    const fixed = [{ questionId: a!, points: 5 }];
    await expect(createTest(db, input({ fixed }), ctx())).rejects.toMatchObject({
      code: 'tests:errors.ruleShort',
      params: { available: 2 },
    });
    await deleteQuestion(db, a!, ctx());
    await expect(createTest(db, input({ fixed, rules: [], passMark: 0 }), ctx())).rejects.toMatchObject({
      code: 'tests:errors.questionGone',
    });
  });

  it('updates and deletes', async () => {
    await bank(3);
    const test = await createTest(db, input(), ctx());
    const next = await updateTest(db, test.id, input({ title: '新标题', status: 'open' }), ctx({ now: 7 }));
    expect(next).toMatchObject({ title: '新标题', status: 'open', updatedAt: 7, createdAt: test.createdAt });
    await deleteTest(db, test.id, ctx());
    expect((await fetchTestsPage(db, { deleted: false }, null, 10)).rows).toEqual([]);
    expect((await fetchTestsPage(db, { deleted: true }, null, 10)).rows).toHaveLength(1);
  });
});
