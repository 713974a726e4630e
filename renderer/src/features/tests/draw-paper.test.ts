import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ruleKeysOf } from '../../../../shared/domain/question-rule-keys';
import { emptyTestPaperInput } from '../../../../shared/domain/test-paper-rules';
import type { Question } from '../../../../shared/domain/question';
import type { RandomRule, TestPaper } from '../../../../shared/domain/test-paper';
import { createDatabase, type TrainDeskDatabase } from '../../db';
import { createQuestion, deleteQuestion } from '../questions/commands';
import { ctx, questionInput } from '../questions/test-helpers';
import { drawPaper } from './draw-paper';
import { checkRulesAgainstBank } from './rule-candidates';

let db: TrainDeskDatabase;
let n = 0;
beforeEach(async () => {
  db = createDatabase(`draw-paper-test-${n++}`, Infinity, { reloadOnVersionChange: false });
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const rule = (overrides: Partial<RandomRule> = {}): RandomRule => ({
  id: crypto.randomUUID(),
  type: 'single',
  count: 3,
  tags: ['投诉流程'],
  category: null,
  minDifficulty: 2,
  maxDifficulty: 3,
  points: 2,
  ...overrides,
});

const paper = (overrides: Partial<TestPaper> = {}): TestPaper => ({
  ...emptyTestPaperInput(),
  id: 't1',
  createdAt: 0,
  updatedAt: 0,
  updatedBy: 'me',
  del: 0,
  titleKey: '',
  title: '投诉处理',
  passMark: 0,
  shuffleQuestions: false,
  shuffleOptions: false,
  ...overrides,
});

/** 4 single-choice 投诉流程 questions of difficulty 2 and 3, and others that no rule below may draw. */
async function seedBank() {
  const add = (type: Question['type'], difficulty: number, tags: string[], category = 'complaintHandling') =>
    createQuestion(
      db,
      questionInput(type, { difficulty, tags, category, stem: `${type}-${difficulty}-${tags.join()}` }),
      ctx(),
    );
  const wanted = [
    await add('single', 2, ['投诉流程']),
    await add('single', 2, ['投诉流程', '记录']),
    await add('single', 3, ['投诉流程', '记录']),
    await add('single', 3, ['投诉流程'], 'etiquette'),
  ];
  await add('single', 4, ['投诉流程']);
  await add('single', 1, ['投诉流程']);
  await add('multiple', 2, ['投诉流程']);
  await add('single', 2, ['礼仪']);
  return wanted;
}

describe('drawing a paper', () => {
  it('puts the fixed questions first, in order, then draws each rule from the matching questions', async () => {
    const wanted = await seedBank();
    const fixed = await createQuestion(db, questionInput('trueFalse'), ctx());
    const items = await drawPaper(
      db,
      paper({ fixed: [{ questionId: fixed.id, points: 5 }], rules: [rule()] }),
      'seed',
    );
    expect(items).toHaveLength(4);
    expect(items[0]).toMatchObject({
      questionId: fixed.id,
      version: 1,
      points: 5,
      content: { type: 'trueFalse' },
    });
    const drawn = items.slice(1).map((i) => i.questionId);
    expect(new Set(drawn).size).toBe(3);
    for (const id of drawn) expect(wanted.map((q) => q.id)).toContain(id);
    expect(items.slice(1).every((i) => i.points === 2)).toBe(true);
  });

  it('draws the same paper for the same seed, and another for another seed', async () => {
    await seedBank();
    const test = paper({ rules: [rule()], shuffleQuestions: true, shuffleOptions: true });
    const a = await drawPaper(db, test, 'one');
    expect(await drawPaper(db, test, 'one')).toEqual(a);
    const others = await Promise.all(['two', 'three', 'four', 'five'].map((s) => drawPaper(db, test, s)));
    expect(others.some((o) => JSON.stringify(o) !== JSON.stringify(a))).toBe(true);
  });

  it('needs every tag of a rule, or its category, when it names them', async () => {
    const wanted = await seedBank();
    const both = await checkRulesAgainstBank(db, {
      rules: [
        rule({ tags: ['投诉流程', '记录'] }),
        rule({ tags: [], category: 'etiquette' }),
        rule({ tags: [], category: null, minDifficulty: 1, maxDifficulty: 5 }),
        rule({ tags: ['投诉流程'], category: 'complaintHandling' }),
      ],
    });
    expect(both).toEqual([2, 1, 7, 3]);
    const items = await drawPaper(
      db,
      paper({ rules: [rule({ tags: ['投诉流程', '记录'], count: 2 })] }),
      's',
    );
    expect(items.map((i) => i.questionId).sort()).toEqual([wanted[1]!.id, wanted[2]!.id].sort());
  });

  it('never draws a fixed question again, nor one question for two rules', async () => {
    const wanted = await seedBank();
    const items = await drawPaper(
      db,
      paper({
        fixed: [{ questionId: wanted[0]!.id, points: 1 }],
        rules: [rule({ count: 2 }), rule({ count: 1 })],
      }),
      'x',
    );
    expect(new Set(items.map((i) => i.questionId)).size).toBe(4);
  });

  it('says which rule falls short, how many it needs and how many the bank has', async () => {
    await seedBank();
    const test = paper({ rules: [rule({ count: 1 }), rule({ count: 5 })] });
    await expect(drawPaper(db, test, 's')).rejects.toMatchObject({
      code: 'tests:errors.ruleShort',
      params: { rule: 2, needed: 5, available: 3 },
    });
  });

  it('skips deleted questions in rules and refuses a deleted fixed question', async () => {
    const wanted = await seedBank();
    await deleteQuestion(db, wanted[0]!.id, ctx());
    expect(await checkRulesAgainstBank(db, { rules: [rule()] })).toEqual([3]);
    await expect(
      drawPaper(db, paper({ fixed: [{ questionId: wanted[0]!.id, points: 1 }] }), 's'),
    ).rejects.toMatchObject({ code: 'tests:errors.questionGone', params: { position: 1 } });
  });

  it('freezes the content with its version, and shuffles options without losing their keys', async () => {
    const q = await createQuestion(db, questionInput('single', { difficulty: 2 }), ctx());
    await db.questions.update(q.id, { version: 3 });
    const seeds = ['a', 'b', 'c', 'd', 'e'];
    const papers = await Promise.all(
      seeds.map((s) => drawPaper(db, paper({ rules: [rule({ count: 1 })], shuffleOptions: true }), s)),
    );
    for (const [item] of papers) {
      expect(item).toMatchObject({ questionId: q.id, version: 3, content: { answer: ['A'] } });
      const byKey = Object.fromEntries(item!.content.options.map((o) => [o.key, o.text]));
      expect(byKey).toEqual({ A: '记录', B: '归档', C: '分类', D: '回访' });
    }
    expect(new Set(papers.map(([i]) => i!.content.options.map((o) => o.key).join(''))).size).toBeGreaterThan(
      1,
    );
  });
});

describe('with 20,000 questions in the bank', () => {
  it('draws from keys alone, quickly', async () => {
    const types = ['single', 'multiple', 'trueFalse', 'fillBlank'] as const;
    const bank: Question[] = Array.from({ length: 20_000 }, (_, i) => {
      const fields = {
        type: types[i % 4]!,
        difficulty: (i % 5) + 1,
        tags: [`tag${i % 10}`],
        category: i % 3 ? 'complaintHandling' : 'etiquette',
      };
      return {
        id: `q${i}`,
        createdAt: 0,
        updatedAt: i,
        updatedBy: 'bench',
        ...fields,
        stem: `question ${i}`,
        options: [],
        answer: ['x'],
        explanation: '',
        version: 1,
        usedVersion: 0,
        del: 0,
        ruleKeys: ruleKeysOf(fields),
      };
    });
    await db.questions.bulkPut(bank);
    const test = paper({
      rules: [
        rule({ count: 10, tags: ['tag1'], minDifficulty: 1, maxDifficulty: 5, type: 'multiple' }),
        rule({ count: 10, tags: [], minDifficulty: 2, maxDifficulty: 3, type: 'single' }),
      ],
    });
    const started = performance.now();
    const items = await drawPaper(db, test, 'bench');
    const took = performance.now() - started;
    expect(items).toHaveLength(20);
    // fake-indexeddb is far slower than Chromium's IndexedDB; this only catches reading the whole bank.
    expect(took).toBeLessThan(500);
  }, 60_000);
});
