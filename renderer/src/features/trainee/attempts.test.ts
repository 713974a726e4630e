import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Question } from '../../../../shared/domain/question';
import type { PaperItem, TestPaper } from '../../../../shared/domain/test-paper';
import { createDatabase, type TrainDeskDatabase } from '../../db';
import { gradeAnswer, saveAnswers, startAttempt, submitAttempt, type DrawPaper } from './commands';
import { fetchGradingQueuePage, fetchTestAttemptsPage, latestAttempt, testItemStatistics } from './queries';

const T0 = Date.parse('2026-11-23T08:00:00Z');
const ctx = (now = T0) => ({ actor: 'tester', now });
const meta = { createdAt: T0, updatedAt: T0, updatedBy: 'tester', del: 0 as const };

function question(id: string, content: Partial<Question>): Question {
  return {
    ...meta,
    id,
    type: 'single',
    stem: `stem ${id}`,
    options: [
      { key: 'A', text: 'a' },
      { key: 'B', text: 'b' },
    ],
    answer: ['A'],
    explanation: '',
    category: 'complaints',
    tags: [],
    difficulty: 2,
    version: 1,
    usedVersion: 0,
    ruleKeys: [],
    ...content,
  };
}

const paperTest: TestPaper = {
  ...meta,
  id: 'test-1',
  title: '投诉处理测验',
  titleKey: 'tousuchulicheyan',
  description: '',
  fixed: [
    { questionId: 'q1', points: 2 },
    { questionId: 'q2', points: 3 },
    { questionId: 'q3', points: 5 },
  ],
  rules: [],
  passMark: 4,
  timeLimitMinutes: 30,
  shuffleQuestions: false,
  shuffleOptions: false,
  attemptsAllowed: 2,
  multipleScoring: 'partial',
  status: 'open',
};

/** Fixed questions only, read inside the caller's transaction the way the real draw reads them. */
const draw: DrawPaper = async (db, test) => {
  const questions = await db.questions.bulkGet(test.fixed.map((f) => f.questionId));
  return questions.map((q, i): PaperItem => ({
    questionId: q!.id,
    version: q!.version,
    points: test.fixed[i]!.points,
    content: { type: q!.type, stem: q!.stem, options: q!.options, answer: q!.answer, explanation: '' },
  }));
};

let db: TrainDeskDatabase;
let name: string;
let n = 0;
beforeEach(async () => {
  name = `trainee-test-${n++}`;
  db = createDatabase(name, Infinity, { reloadOnVersionChange: false });
  await db.open();
  await db.tests.add(paperTest);
  await db.questions.bulkAdd([
    question('q1', { type: 'single', answer: ['A'] }),
    question('q2', {
      type: 'multiple',
      answer: ['A', 'B'],
      options: [
        { key: 'A', text: 'a' },
        { key: 'B', text: 'b' },
        { key: 'C', text: 'c' },
      ],
    }),
    question('q3', { type: 'shortAnswer', answer: ['先道歉'], options: [], version: 3, usedVersion: 2 }),
  ]);
});
afterEach(async () => {
  await db.delete();
});

const start = (personId = 'p1', now = T0) =>
  startAttempt(db, { testId: 'test-1', personId, personName: '张伟', seed: `seed-${now}` }, draw, ctx(now));

describe('taking a test', () => {
  it('starts attempt 1 with its deadline and marks every question used', async () => {
    const attempt = await start();
    expect(attempt).toMatchObject({
      number: 1,
      status: 'inProgress',
      deadline: T0 + 30 * 60_000,
      totalPoints: 10,
      testTitle: '投诉处理测验',
      passMark: 4,
    });
    const used = await db.questions.bulkGet(['q1', 'q2', 'q3']);
    expect(used.map((q) => q!.usedVersion)).toEqual([1, 1, 3]);
  });

  it('keeps every saved answer and the deadline when the app is reopened, and resumes that attempt', async () => {
    const attempt = await start();
    await saveAnswers(db, attempt.id, { q1: ['A'] }, ctx(T0 + 1_000));
    await saveAnswers(db, attempt.id, { q1: ['A'], q2: ['B'] }, ctx(T0 + 2_000));
    db.close();
    // A crash: a fresh connection to the same database, as after a reload.
    db = createDatabase(name, Infinity, { reloadOnVersionChange: false });
    await db.open();
    const reopened = await db.attempts.get(attempt.id);
    expect(reopened).toMatchObject({ answers: { q1: ['A'], q2: ['B'] }, deadline: attempt.deadline });
    const resumed = await start('p1', T0 + 60_000);
    expect(resumed.id).toBe(attempt.id);
    expect(resumed.answers).toEqual({ q1: ['A'], q2: ['B'] });
    expect(await db.attempts.count()).toBe(1);
  });

  it('scores on submit, waits for the short answer, and ignores late saves and a second submit', async () => {
    const attempt = await start();
    const submitted = await submitAttempt(
      db,
      attempt.id,
      { q1: ['A'], q2: ['A'], q3: ['先道歉再处理'] },
      ctx(T0 + 5_000),
    );
    expect(submitted).toMatchObject({
      status: 'grading',
      submittedAt: T0 + 5_000,
      needsGrading: 1,
      score: null,
      results: { q1: { score: 2, correct: true }, q2: { score: 1.5, correct: false }, q3: { score: null } },
    });
    expect(await saveAnswers(db, attempt.id, {}, ctx(T0 + 6_000))).toBe(false);
    const again = await submitAttempt(db, attempt.id, {}, ctx(T0 + 7_000));
    expect(again.submittedAt).toBe(T0 + 5_000);
    expect((await db.attempts.get(attempt.id))!.answers.q1).toEqual(['A']);
  });

  it('refuses a new attempt when the allowed attempts are used up, writing nothing', async () => {
    for (const t of [T0, T0 + 10_000]) {
      const a = await start('p1', t);
      await submitAttempt(db, a.id, { q1: ['A'] }, ctx(t + 1));
    }
    expect((await latestAttempt(db, 'test-1', 'p1'))!.number).toBe(2);
    await expect(start('p1', T0 + 20_000)).rejects.toMatchObject({ code: 'trainee:errors.noAttemptsLeft' });
    expect(await db.attempts.count()).toBe(2);
    // Someone else still may.
    expect((await start('p2', T0 + 20_000)).number).toBe(1);
  });
});

describe('grading and results', () => {
  it('lists attempts waiting for a grader until their short answers are graded', async () => {
    const a = await start('p1', T0);
    const b = await start('p2', T0 + 1);
    await submitAttempt(db, a.id, { q1: ['A'] }, ctx(T0 + 100));
    await submitAttempt(db, b.id, { q1: ['B'] }, ctx(T0 + 100));
    const queue = await fetchGradingQueuePage(db, null, 10);
    expect(queue.rows.map((r) => r.id).sort()).toEqual([a.id, b.id].sort());

    await expect(gradeAnswer(db, a.id, 'q3', 6, ctx())).rejects.toMatchObject({
      code: 'trainee:errors.gradeOutOfRange',
    });
    const graded = await gradeAnswer(db, a.id, 'q3', 4, ctx(T0 + 200));
    expect(graded).toMatchObject({ status: 'graded', score: 6, passed: true, needsGrading: 0 });
    expect((await fetchGradingQueuePage(db, null, 10)).rows.map((r) => r.id)).toEqual([b.id]);
  });

  it('pages results newest first without losing rows that started at the same instant', async () => {
    const people = ['p1', 'p2', 'p3', 'p4', 'p5'];
    for (const [i, p] of people.entries()) await start(p, i < 3 ? T0 : T0 + 1_000);
    const seen: string[] = [];
    let page = await fetchTestAttemptsPage(db, 'test-1', null, 2);
    seen.push(...page.rows.map((r) => r.personId));
    while (page.after) {
      page = await fetchTestAttemptsPage(db, 'test-1', page.after, 2);
      seen.push(...page.rows.map((r) => r.personId));
    }
    expect(seen.slice(0, 2).sort()).toEqual(['p4', 'p5']);
    expect(seen.sort()).toEqual(people);
  });

  it('computes item statistics over fully graded attempts only', async () => {
    const answersOf = [['A'], ['A'], ['B'], ['B'], ['A']];
    for (const [i, q1] of answersOf.entries()) {
      const a = await start(`p${i}`, T0 + i);
      await submitAttempt(db, a.id, { q1 }, ctx(T0 + 100));
      if (i < 4) await gradeAnswer(db, a.id, 'q3', i, ctx(T0 + 200));
    }
    const stats = await testItemStatistics(db, 'test-1');
    expect(stats.attempts).toBe(4);
    const q1 = stats.items.find((s) => s.questionId === 'q1')!;
    // Right in 2 of the 4 graded attempts.
    expect(q1).toMatchObject({ attempts: 4, facility: 0.5 });
    expect(stats.items.find((s) => s.questionId === 'q3')).toMatchObject({ version: 3, facility: 0.3 });
  });
});
