import { describe, expect, it } from 'vitest';
import { DomainError } from './errors';
import type { QuestionContent } from './question';
import { applyGrade, gradeSchema, normaliseBlank, scoreAttempt, scoreItem } from './scoring';
import type { PaperItem } from './test-paper';

function item(questionId: string, points: number, content: Partial<QuestionContent>): PaperItem {
  return {
    questionId,
    version: 1,
    points,
    content: { type: 'single', stem: '?', options: [], answer: [], explanation: '', ...content },
  };
}

const single = item('s', 2, { type: 'single', answer: ['B'] });
const trueFalse = item('tf', 1, { type: 'trueFalse', answer: ['false'] });
const multiple = item('m', 3, { type: 'multiple', answer: ['A', 'C', 'D'] });
const blank = item('f', 2, { type: 'fillBlank', answer: ['12315', '消费者协会'] });
const blankLatin = item('fl', 2, { type: 'fillBlank', answer: ['CRM System'] });
const short = item('sa', 5, { type: 'shortAnswer', answer: ['先安抚情绪，再记录诉求'] });

describe('scoring single choice and true/false', () => {
  it('gives the points for the key and nothing otherwise', () => {
    expect(scoreItem(single, ['B'], 'allOrNothing')).toEqual({ score: 2, correct: true });
    expect(scoreItem(single, ['A'], 'allOrNothing')).toEqual({ score: 0, correct: false });
    expect(scoreItem(single, undefined, 'allOrNothing')).toEqual({ score: 0, correct: false });
    expect(scoreItem(single, ['B', 'A'], 'partial')).toEqual({ score: 0, correct: false });
    expect(scoreItem(trueFalse, ['false'], 'partial')).toEqual({ score: 1, correct: true });
    expect(scoreItem(trueFalse, ['true'], 'partial')).toEqual({ score: 0, correct: false });
  });
});

describe('scoring multiple choice', () => {
  it('all or nothing: only the exact set of keys scores, in any order', () => {
    expect(scoreItem(multiple, ['D', 'A', 'C'], 'allOrNothing')).toEqual({ score: 3, correct: true });
    expect(scoreItem(multiple, ['A', 'C'], 'allOrNothing')).toEqual({ score: 0, correct: false });
    expect(scoreItem(multiple, [], 'allOrNothing')).toEqual({ score: 0, correct: false });
  });

  it('partial: a share per correct key chosen, rounded to two decimals', () => {
    expect(scoreItem(multiple, ['A', 'C'], 'partial')).toEqual({ score: 2, correct: false });
    expect(scoreItem(multiple, ['A'], 'partial')).toEqual({ score: 1, correct: false });
    expect(scoreItem(item('m2', 2, { type: 'multiple', answer: ['A', 'B', 'C'] }), ['A'], 'partial')).toEqual(
      {
        score: 0.67,
        correct: false,
      },
    );
    expect(scoreItem(multiple, ['A', 'C', 'D'], 'partial')).toEqual({ score: 3, correct: true });
  });

  it('partial: any wrong key chosen scores the question 0', () => {
    expect(scoreItem(multiple, ['A', 'C', 'B'], 'partial')).toEqual({ score: 0, correct: false });
    expect(scoreItem(multiple, ['A', 'B', 'C', 'D'], 'partial')).toEqual({ score: 0, correct: false });
  });
});

describe('scoring fill in the blank', () => {
  it('accepts any accepted answer, trimmed, with full-width characters and case folded', () => {
    expect(scoreItem(blank, ['  12315 '], 'allOrNothing')).toEqual({ score: 2, correct: true });
    expect(scoreItem(blank, ['１２３１５'], 'allOrNothing')).toEqual({ score: 2, correct: true });
    expect(scoreItem(blank, ['消费者协会'], 'allOrNothing')).toEqual({ score: 2, correct: true });
    expect(scoreItem(blankLatin, ['ｃｒｍ  system'], 'allOrNothing')).toEqual({ score: 2, correct: true });
    expect(scoreItem(blank, ['12345'], 'allOrNothing')).toEqual({ score: 0, correct: false });
    expect(scoreItem(blank, ['   '], 'allOrNothing')).toEqual({ score: 0, correct: false });
  });

  it('normalises the way the comparison does', () => {
    expect(normaliseBlank(' ＡＢＣ　１２ ')).toBe('abc 12');
  });
});

describe('scoring a whole attempt', () => {
  const items = [single, trueFalse, multiple, blank];

  it('adds up the points and compares with the pass mark', () => {
    const answers = { s: ['B'], tf: ['false'], m: ['A', 'C'], f: ['wrong'] };
    const r = scoreAttempt(items, answers, 'partial', 5);
    expect(r).toMatchObject({ totalPoints: 8, score: 5, passed: true, needsGrading: 0, pending: 0 });
    expect(scoreAttempt(items, answers, 'allOrNothing', 5)).toMatchObject({ score: 3, passed: false });
  });

  it('leaves the score open while a short answer waits for a grader', () => {
    const r = scoreAttempt([...items, short], { s: ['B'], sa: ['先安抚'] }, 'partial', 5);
    expect(r).toMatchObject({ totalPoints: 13, score: null, passed: null, needsGrading: 1, pending: 1 });
    expect(r.results.sa).toEqual({ score: null, correct: null });
    expect(r.results.s).toEqual({ score: 2, correct: true });
  });
});

describe('grading a short answer', () => {
  const items = [single, short];
  const submitted = { items, submittedAt: 1, ...scoreAttempt(items, { s: ['B'] }, 'partial', 5) };

  it('re-scores the attempt with the grader’s points', () => {
    expect(applyGrade(submitted, 'sa', 3, 5)).toMatchObject({ score: 5, passed: true, needsGrading: 0 });
    const full = applyGrade(submitted, 'sa', 5, 5);
    expect(full.results.sa).toEqual({ score: 5, correct: true });
    expect(applyGrade(submitted, 'sa', 2.5, 5)).toMatchObject({ score: 4.5, passed: false });
  });

  it('refuses points outside 0 to the question’s points, and non-short-answer questions', () => {
    for (const bad of [-1, 5.5, Number.NaN]) {
      expect(() => applyGrade(submitted, 'sa', bad, 5)).toThrow(DomainError);
    }
    expect(() => applyGrade(submitted, 'sa', 6, 5)).toThrow(
      expect.objectContaining({ code: 'trainee:errors.gradeOutOfRange', params: { max: 5 } }),
    );
    expect(() => applyGrade(submitted, 's', 1, 5)).toThrow(
      expect.objectContaining({ code: 'trainee:errors.notShortAnswer' }),
    );
    expect(() => applyGrade({ ...submitted, submittedAt: null }, 'sa', 1, 5)).toThrow(
      expect.objectContaining({ code: 'trainee:errors.notSubmitted' }),
    );
  });
});

describe('the grader’s form', () => {
  it('accepts 0 to the maximum and names the problem otherwise', () => {
    const schema = gradeSchema(10);
    expect(schema.safeParse({ points: 7.5 }).success).toBe(true);
    expect(schema.safeParse({ points: 0 }).success).toBe(true);
    expect(schema.safeParse({ points: 11 }).error?.issues[0]?.message).toBe('trainee:errors.gradeOutOfRange');
    expect(schema.safeParse({ points: -1 }).error?.issues[0]?.message).toBe('trainee:errors.gradeOutOfRange');
    expect(schema.safeParse({ points: undefined }).error?.issues[0]?.message).toBe(
      'trainee:errors.gradeRequired',
    );
  });
});
