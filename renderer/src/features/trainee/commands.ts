import { standing, deadlineFor } from '../../../../shared/domain/attempt-rules';
import { DomainError } from '../../../../shared/domain/errors';
import { applyGrade, scoreAttempt, type AttemptScore } from '../../../../shared/domain/scoring';
import type { Attempt, PaperItem, TestPaper } from '../../../../shared/domain/test-paper';
import type { TrainDeskDatabase } from '../../db';
import { newId, type WriteContext } from '../shared-ui';
import { latestAttempt } from './queries';

/** Draws the questions of a paper (the tests feature's drawPaper); passed in so tests can stub it. */
export type DrawPaper = (db: TrainDeskDatabase, test: TestPaper, seed: string) => Promise<PaperItem[]>;

/** Tables the start transaction holds: drawing reads the question bank inside it. */
const startTables = (db: TrainDeskDatabase) => [db.attempts, db.tests, db.questions];

async function liveTest(db: TrainDeskDatabase, testId: string): Promise<TestPaper> {
  const test = await db.tests.get(testId);
  if (!test || test.del === 1) throw new DomainError('trainee:errors.testNotFound');
  return test;
}

/**
 * Starts a trainee's next attempt, or answers the one they left in progress. One transaction draws
 * the paper, writes the attempt and marks every question used (`usedVersion`), so a question edited
 * at the same moment starts a new version instead of changing this paper under the trainee.
 */
export async function startAttempt(
  db: TrainDeskDatabase,
  input: { testId: string; personId: string; personName: string; seed: string },
  draw: DrawPaper,
  ctx: WriteContext,
): Promise<Attempt> {
  return db.transaction('rw', startTables(db), async () => {
    const test = await liveTest(db, input.testId);
    const now = standing(test, await latestAttempt(db, input.testId, input.personId));
    if (now.kind === 'resume') return now.attempt;
    if (now.kind === 'refused') throw new DomainError(`trainee:errors.${now.reason}`);
    const items = await draw(db, test, input.seed);
    if (items.length === 0) throw new DomainError('trainee:errors.emptyPaper');
    const attempt: Attempt = {
      id: newId(ctx),
      createdAt: ctx.now,
      updatedAt: ctx.now,
      updatedBy: ctx.actor,
      testId: test.id,
      testTitle: test.title,
      passMark: test.passMark,
      multipleScoring: test.multipleScoring,
      personId: input.personId,
      personName: input.personName,
      number: now.number,
      startedAt: ctx.now,
      deadline: deadlineFor(ctx.now, test.timeLimitMinutes),
      submittedAt: null,
      status: 'inProgress',
      seed: input.seed,
      items,
      answers: {},
      results: {},
      totalPoints: items.reduce((sum, i) => sum + i.points, 0),
      score: null,
      passed: null,
      needsGrading: 0,
    };
    await db.attempts.add(attempt);
    for (const item of items) {
      await db.questions
        .where('id')
        .equals(item.questionId)
        .modify((q) => {
          q.usedVersion = Math.max(q.usedVersion, item.version);
        });
    }
    return attempt;
  });
}

/**
 * Saves the answers as the trainee goes: one small write, so a crash or power cut loses at most the
 * last keystrokes. A save arriving after submission (a late debounce) changes nothing.
 */
export async function saveAnswers(
  db: TrainDeskDatabase,
  attemptId: string,
  answers: Attempt['answers'],
  ctx: WriteContext,
): Promise<boolean> {
  return db.transaction('rw', [db.attempts], async () => {
    const attempt = await db.attempts.get(attemptId);
    if (!attempt || attempt.status !== 'inProgress') return false;
    await db.attempts.update(attemptId, { answers, updatedAt: ctx.now, updatedBy: ctx.actor });
    return true;
  });
}

function withScore(attempt: Attempt, scored: AttemptScore, ctx: WriteContext): Attempt {
  return {
    ...attempt,
    results: scored.results,
    score: scored.score,
    passed: scored.passed,
    needsGrading: scored.needsGrading,
    status: scored.needsGrading ? 'grading' : 'graded',
    updatedAt: ctx.now,
    updatedBy: ctx.actor,
  };
}

/**
 * Submits (by hand or at the deadline) with the answers on screen and scores in the same
 * transaction. Submitting twice answers the first result: the timer and a click may race.
 */
export async function submitAttempt(
  db: TrainDeskDatabase,
  attemptId: string,
  answers: Attempt['answers'],
  ctx: WriteContext,
): Promise<Attempt> {
  return db.transaction('rw', [db.attempts], async () => {
    const attempt = await db.attempts.get(attemptId);
    if (!attempt) throw new DomainError('trainee:errors.attemptNotFound');
    if (attempt.status !== 'inProgress') return attempt;
    const scored = scoreAttempt(attempt.items, answers, attempt.multipleScoring, attempt.passMark);
    const next = withScore({ ...attempt, answers, submittedAt: ctx.now }, scored, ctx);
    await db.attempts.put(next);
    return next;
  });
}

/** A grader's points for one short answer; the attempt is re-scored in the same transaction. */
export async function gradeAnswer(
  db: TrainDeskDatabase,
  attemptId: string,
  questionId: string,
  points: number,
  ctx: WriteContext,
): Promise<Attempt> {
  return db.transaction('rw', [db.attempts], async () => {
    const attempt = await db.attempts.get(attemptId);
    if (!attempt) throw new DomainError('trainee:errors.attemptNotFound');
    const scored = applyGrade(attempt, questionId, points, attempt.passMark);
    const next = withScore(attempt, scored, ctx);
    await db.attempts.put(next);
    return next;
  });
}
