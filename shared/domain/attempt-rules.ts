import type { Attempt, TestPaper } from './test-paper';

/**
 * When a trainee may start, resume or not take a test (学员模式), and the clock of an attempt.
 * Pure: the caller passes the latest attempt of this person at this test and `now`.
 */

export type Standing =
  | { kind: 'resume'; attempt: Attempt }
  | { kind: 'start'; number: number; attemptsLeft: number | null }
  | { kind: 'refused'; reason: 'testClosed' | 'noAttemptsLeft' };

/** attemptsAllowed 0 means unlimited (null left). */
export function attemptsLeft(test: Pick<TestPaper, 'attemptsAllowed'>, taken: number): number | null {
  return test.attemptsAllowed === 0 ? null : Math.max(0, test.attemptsAllowed - taken);
}

/**
 * An attempt still in progress is resumed (even past its deadline: submitting it then scores what was
 * saved); otherwise a new one is started while attempts are left. Attempts are numbered 1, 2, …, so
 * the latest attempt's number is how many were taken.
 */
export function standing(
  test: Pick<TestPaper, 'attemptsAllowed' | 'status'>,
  latest: Attempt | undefined,
): Standing {
  if (latest && latest.status === 'inProgress') return { kind: 'resume', attempt: latest };
  if (test.status === 'closed') return { kind: 'refused', reason: 'testClosed' };
  const taken = latest?.number ?? 0;
  const left = attemptsLeft(test, taken);
  if (left === 0) return { kind: 'refused', reason: 'noAttemptsLeft' };
  return { kind: 'start', number: taken + 1, attemptsLeft: left };
}

export function deadlineFor(startedAt: number, timeLimitMinutes: number): number | null {
  return timeLimitMinutes > 0 ? startedAt + timeLimitMinutes * 60_000 : null;
}

/** Milliseconds left, never below 0; null without a time limit. */
export function remainingMs(deadline: number | null, now: number): number | null {
  return deadline === null ? null : Math.max(0, deadline - now);
}

/** `mm:ss`, or `h:mm:ss` from an hour up, rounded up so 0:00 shows only when time is really out. */
export function formatRemaining(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${pad(m)}:${pad(s)}`;
}

/** Questions with no answer given yet (the navigator's empty cells, the submit confirmation). */
export function unansweredCount(
  items: Pick<Attempt['items'][number], 'questionId'>[],
  answers: Attempt['answers'],
): number {
  return items.filter((i) => !(answers[i.questionId] ?? []).some((a) => a.trim() !== '')).length;
}
