import { describe, expect, it } from 'vitest';
import {
  emptyTestPaperInput,
  paperTotalPoints,
  testPaperInputSchema,
  testPaperProblems,
  validateTestPaper,
  type TestPaperFields,
} from './test-paper-rules';

const rule = {
  id: 'r1',
  type: 'single' as const,
  count: 5,
  tags: ['投诉流程'],
  category: null,
  minDifficulty: 2,
  maxDifficulty: 3,
  points: 2,
};

const paper = (overrides: Partial<TestPaperFields> = {}): TestPaperFields => ({
  ...emptyTestPaperInput(),
  title: '投诉处理理论考核',
  fixed: [{ questionId: 'q1', points: 10 }],
  rules: [rule],
  passMark: 12,
  ...overrides,
});

const codes = (test: TestPaperFields, available?: number[]) =>
  testPaperProblems(test, available).map((p) => p.code);

describe('a test paper', () => {
  it('totals the points of its fixed questions and of every drawn question', () => {
    expect(paperTotalPoints(paper())).toBe(20);
    expect(paperTotalPoints(paper({ fixed: [{ questionId: 'a', points: 0.5 }], rules: [] }))).toBe(0.5);
  });

  it('refuses a pass mark above the total, naming both', () => {
    expect(testPaperProblems(paper({ passMark: 21 }))).toEqual([
      { code: 'tests:errors.passMarkAboveTotal', path: ['passMark'], params: { passMark: 21, total: 20 } },
    ]);
    expect(() => validateTestPaper(paper({ passMark: 21 }))).toThrow(
      expect.objectContaining({ code: 'tests:errors.passMarkAboveTotal', field: 'passMark' }),
    );
    expect(codes(paper({ passMark: 20 }))).toEqual([]);
  });

  it('refuses a paper without questions', () => {
    expect(codes(paper({ fixed: [], rules: [], passMark: 0 }))).toEqual(['tests:errors.noQuestions']);
  });

  it('refuses rules that ask for no questions or for an impossible difficulty range', () => {
    expect(codes(paper({ rules: [{ ...rule, count: 0 }], passMark: 0 }))).toEqual(['tests:errors.ruleCount']);
    expect(codes(paper({ rules: [{ ...rule, minDifficulty: 4, maxDifficulty: 2 }] }))).toEqual([
      'tests:errors.difficultyRange',
    ]);
    expect(codes(paper({ rules: [{ ...rule, maxDifficulty: 6 }] }))).toEqual([
      'tests:errors.difficultyRange',
    ]);
  });

  it('refuses a negative time limit or attempts allowed, no points, and a question twice', () => {
    expect(
      codes(
        paper({
          timeLimitMinutes: -1,
          attemptsAllowed: 1.5,
          fixed: [
            { questionId: 'q1', points: 0 },
            { questionId: 'q1', points: 2 },
          ],
          passMark: 0,
        }),
      ),
    ).toEqual([
      'tests:errors.points',
      'tests:errors.duplicateFixed',
      'tests:errors.timeLimit',
      'tests:errors.attemptsAllowed',
    ]);
  });

  it('says which rule the bank cannot fill, how many it needs and how many there are', () => {
    const two = paper({ rules: [rule, { ...rule, id: 'r2', count: 3 }], passMark: 0 });
    expect(testPaperProblems(two, [5, 2])).toEqual([
      {
        code: 'tests:errors.ruleShort',
        path: ['rules', 1, 'count'],
        params: { rule: 2, needed: 3, available: 2 },
      },
    ]);
    expect(codes(two, [5, 3])).toEqual([]);
  });

  it('is checked by the builder’s schema with the same rules, under the right fields', () => {
    const parsed = testPaperInputSchema.safeParse({ ...paper({ passMark: 30, title: ' ' }) });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['title', 'validation.required'],
      ['passMark', 'tests:errors.passMarkAboveTotal'],
    ]);
  });
});
