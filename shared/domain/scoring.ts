import type { Attempt, ItemResult, MultipleChoiceScoring, PaperItem } from './test-paper';
import { z } from 'zod';
import { DomainError } from './errors';

/**
 * Scoring of a drawn paper (自动评分). Pure: the caller passes the paper, the answers and the test's
 * settings, and stores what comes back.
 */

/** Fill-in answers compare after NFKC (全角 "ＡＢＣ１" → "ABC1"), trimming, collapsing spaces and case. */
export function normaliseBlank(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

function sameKeys(given: readonly string[], expected: readonly string[]): boolean {
  const a = new Set(given);
  const b = new Set(expected);
  return a.size === b.size && [...a].every((k) => b.has(k));
}

const right = (points: number): ItemResult => ({ score: points, correct: true });
const wrong: ItemResult = { score: 0, correct: false };

/**
 * Multiple choice with `partial`: each correct key chosen earns points × 1/correctTotal, but choosing
 * any wrong key scores the question 0 (otherwise ticking every box would always earn something).
 * Partial scores are rounded to two decimals; `correct` is true only when exactly right.
 */
function scoreMultiple(item: PaperItem, chosen: string[], scoring: MultipleChoiceScoring): ItemResult {
  const keys = new Set(item.content.answer);
  if (sameKeys(chosen, item.content.answer)) return right(item.points);
  if (scoring === 'allOrNothing' || keys.size === 0) return wrong;
  const unique = new Set(chosen);
  if ([...unique].some((k) => !keys.has(k))) return wrong;
  const score = Math.round(((item.points * unique.size) / keys.size) * 100) / 100;
  return { score, correct: false };
}

/** One question's result; a short answer waits for a grader (`score: null`). */
export function scoreItem(
  item: PaperItem,
  answer: readonly string[] | undefined,
  multipleScoring: MultipleChoiceScoring,
): ItemResult {
  const given = (answer ?? []).filter((a) => a.trim() !== '');
  switch (item.content.type) {
    case 'shortAnswer':
      return { score: null, correct: null };
    case 'single':
    case 'trueFalse':
      return given.length === 1 && given[0] === item.content.answer[0] ? right(item.points) : wrong;
    case 'multiple':
      return given.length === 0 ? wrong : scoreMultiple(item, given, multipleScoring);
    case 'fillBlank': {
      if (given.length === 0) return wrong;
      const accepted = new Set(item.content.answer.map(normaliseBlank));
      return accepted.has(normaliseBlank(given.join(' '))) ? right(item.points) : wrong;
    }
  }
}

export interface AttemptScore {
  results: Record<string, ItemResult>;
  totalPoints: number;
  /** Null while any short answer waits for a grader. */
  score: number | null;
  passed: boolean | null;
  needsGrading: 0 | 1;
  /** How many results are still waiting for a grader. */
  pending: number;
}

/** Adds up results already known (e.g. after grading) into the attempt's totals. */
export function totalResults(
  items: readonly PaperItem[],
  results: Record<string, ItemResult>,
  passMark: number,
): AttemptScore {
  let sum = 0;
  let pending = 0;
  let totalPoints = 0;
  for (const item of items) {
    totalPoints += item.points;
    const result = results[item.questionId];
    if (!result || result.score === null) pending++;
    else sum += result.score;
  }
  const score = pending > 0 ? null : Math.round(sum * 100) / 100;
  return {
    results,
    totalPoints,
    score,
    passed: score === null ? null : score >= passMark,
    needsGrading: pending > 0 ? 1 : 0,
    pending,
  };
}

/** Scores a submitted paper: every objective question at once, short answers left pending. */
export function scoreAttempt(
  items: readonly PaperItem[],
  answers: Record<string, readonly string[]>,
  multipleScoring: MultipleChoiceScoring,
  passMark: number,
): AttemptScore {
  const results: Record<string, ItemResult> = {};
  for (const item of items)
    results[item.questionId] = scoreItem(item, answers[item.questionId], multipleScoring);
  return totalResults(items, results, passMark);
}

/**
 * A grader's points for one short answer (阅卷), checked against the question's points; answers the
 * attempt's new totals. A full mark counts as correct, anything less as not.
 */
export function applyGrade(
  attempt: Pick<Attempt, 'items' | 'results' | 'submittedAt'>,
  questionId: string,
  points: number,
  passMark: number,
): AttemptScore {
  const item = attempt.items.find((i) => i.questionId === questionId);
  if (!item) throw new DomainError('trainee:errors.questionNotInAttempt');
  if (item.content.type !== 'shortAnswer') throw new DomainError('trainee:errors.notShortAnswer');
  if (attempt.submittedAt === null) throw new DomainError('trainee:errors.notSubmitted');
  if (!Number.isFinite(points) || points < 0 || points > item.points) {
    throw new DomainError('trainee:errors.gradeOutOfRange', 'points', { max: item.points });
  }
  const score = Math.round(points * 100) / 100;
  const results = { ...attempt.results, [questionId]: { score, correct: score === item.points } };
  return totalResults(attempt.items, results, passMark);
}

/** The grader's form: points from 0 to the question's points (messages are i18n keys). */
export function gradeSchema(max: number) {
  return z.object({
    points: z
      .number('trainee:errors.gradeRequired')
      .min(0, 'trainee:errors.gradeOutOfRange')
      .max(max, 'trainee:errors.gradeOutOfRange'),
  });
}
