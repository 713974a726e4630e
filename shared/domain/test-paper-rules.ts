import { z } from 'zod';
import { DomainError } from './errors';
import { QUESTION_TYPES } from './question';
import { MAX_DIFFICULTY, MIN_DIFFICULTY } from './question-input';
import type { RandomRule, TestPaper } from './test-paper';

/** What the test builder edits: the paper without its record metadata and index fields. */
export type TestPaperFields = Pick<
  TestPaper,
  | 'title'
  | 'description'
  | 'fixed'
  | 'rules'
  | 'passMark'
  | 'timeLimitMinutes'
  | 'shuffleQuestions'
  | 'shuffleOptions'
  | 'attemptsAllowed'
  | 'multipleScoring'
  | 'status'
>;

export const TEST_STATUSES = ['draft', 'open', 'closed'] as const;
export const MULTIPLE_SCORINGS = ['allOrNothing', 'partial'] as const;
export const MAX_POINTS = 100;
export const MAX_RULE_COUNT = 200;

/** Points of the whole paper: every fixed question plus every question each rule draws. */
export function paperTotalPoints(test: Pick<TestPaper, 'fixed' | 'rules'>): number {
  const fixed = test.fixed.reduce((sum, item) => sum + item.points, 0);
  const drawn = test.rules.reduce((sum, rule) => sum + rule.count * rule.points, 0);
  // Points may be halves; keep the sum free of floating-point dust.
  return Math.round((fixed + drawn) * 100) / 100;
}

export function paperQuestionCount(test: Pick<TestPaper, 'fixed' | 'rules'>): number {
  return test.fixed.length + test.rules.reduce((sum, rule) => sum + rule.count, 0);
}

/** A refusal of the paper: an i18n key, the form field it belongs under and the words it needs. */
export interface TestPaperProblem {
  code: string;
  path: (string | number)[];
  params?: Record<string, string | number>;
}

const validPoints = (points: number) => Number.isFinite(points) && points > 0 && points <= MAX_POINTS;

/**
 * Everything wrong with a paper, in the order of the form. `available[i]`, when given, is how many
 * questions the bank holds for rule i (see checkRulesAgainstBank): a rule asking for more falls short.
 */
export function testPaperProblems(test: TestPaperFields, available?: readonly number[]): TestPaperProblem[] {
  const problems: TestPaperProblem[] = [];
  const add = (code: string, path: (string | number)[], params?: Record<string, string | number>) =>
    problems.push(params ? { code, path, params } : { code, path });
  if (test.title.trim() === '') add('validation.required', ['title']);
  if (test.fixed.length === 0 && test.rules.length === 0) add('tests:errors.noQuestions', ['fixed']);
  const seen = new Set<string>();
  test.fixed.forEach((item, i) => {
    if (seen.has(item.questionId)) add('tests:errors.duplicateFixed', ['fixed', i, 'questionId']);
    seen.add(item.questionId);
    if (!validPoints(item.points)) add('tests:errors.points', ['fixed', i, 'points'], { max: MAX_POINTS });
  });
  test.rules.forEach((rule, i) => {
    const at = (field: keyof RandomRule) => ['rules', i, field];
    if (!Number.isInteger(rule.count) || rule.count < 1 || rule.count > MAX_RULE_COUNT)
      add('tests:errors.ruleCount', at('count'), { max: MAX_RULE_COUNT });
    const range = [rule.minDifficulty, rule.maxDifficulty];
    if (
      range.some((d) => !Number.isInteger(d) || d < MIN_DIFFICULTY || d > MAX_DIFFICULTY) ||
      rule.minDifficulty > rule.maxDifficulty
    )
      add('tests:errors.difficultyRange', at('minDifficulty'));
    if (!validPoints(rule.points)) add('tests:errors.points', at('points'), { max: MAX_POINTS });
    const have = available?.[i];
    if (have !== undefined && have < rule.count)
      add('tests:errors.ruleShort', at('count'), { rule: i + 1, needed: rule.count, available: have });
  });
  if (!Number.isFinite(test.passMark) || test.passMark < 0) add('tests:errors.passMark', ['passMark']);
  else if (test.passMark > paperTotalPoints(test))
    add('tests:errors.passMarkAboveTotal', ['passMark'], {
      passMark: test.passMark,
      total: paperTotalPoints(test),
    });
  if (!Number.isInteger(test.timeLimitMinutes) || test.timeLimitMinutes < 0)
    add('tests:errors.timeLimit', ['timeLimitMinutes']);
  if (!Number.isInteger(test.attemptsAllowed) || test.attemptsAllowed < 0)
    add('tests:errors.attemptsAllowed', ['attemptsAllowed']);
  return problems;
}

/** Refuses a paper with its first problem, for commands (the form shows them all). */
export function validateTestPaper(test: TestPaperFields, available?: readonly number[]): void {
  const first = testPaperProblems(test, available)[0];
  if (first) throw new DomainError(first.code, String(first.path[0]), first.params);
}

const ruleSchema = z.object({
  id: z.string(),
  type: z.enum(QUESTION_TYPES),
  count: z.number('tests:errors.ruleCount'),
  tags: z.array(z.string().trim().min(1)),
  category: z.string().nullable(),
  minDifficulty: z.number(),
  maxDifficulty: z.number(),
  points: z.number('tests:errors.points'),
});

/** The builder's schema: field types from zod, the paper's own rules from testPaperProblems. */
export const testPaperInputSchema = z
  .object({
    title: z.string().trim().max(200, 'validation.tooLong'),
    description: z.string().trim().max(4000, 'validation.tooLong'),
    fixed: z.array(z.object({ questionId: z.string(), points: z.number('tests:errors.points') })),
    rules: z.array(ruleSchema),
    passMark: z.number('tests:errors.passMark'),
    timeLimitMinutes: z.number('tests:errors.timeLimit'),
    shuffleQuestions: z.boolean(),
    shuffleOptions: z.boolean(),
    attemptsAllowed: z.number('tests:errors.attemptsAllowed'),
    multipleScoring: z.enum(MULTIPLE_SCORINGS),
    status: z.enum(TEST_STATUSES),
  })
  .superRefine((v, ctx) => {
    for (const p of testPaperProblems(v))
      ctx.addIssue({ code: 'custom', path: p.path, message: p.code, params: p.params });
  });

export type TestPaperInput = z.input<typeof testPaperInputSchema>;

export function emptyTestPaperInput(): TestPaperInput {
  return {
    title: '',
    description: '',
    fixed: [],
    rules: [],
    passMark: 0,
    timeLimitMinutes: 0,
    shuffleQuestions: true,
    shuffleOptions: true,
    attemptsAllowed: 1,
    multipleScoring: 'allOrNothing',
    status: 'draft',
  };
}

export function testPaperFieldsFromInput(input: TestPaperInput): TestPaperFields {
  return {
    ...input,
    title: input.title.trim(),
    description: input.description.trim(),
    fixed: input.fixed.map((f) => ({ ...f })),
    rules: input.rules.map((r) => ({ ...r, tags: [...new Set(r.tags.map((t) => t.trim()))] })),
  };
}
