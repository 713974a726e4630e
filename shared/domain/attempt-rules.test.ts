import { describe, expect, it } from 'vitest';
import { deadlineFor, formatRemaining, remainingMs, standing, unansweredCount } from './attempt-rules';
import type { Attempt } from './test-paper';

const latest = (over: Partial<Attempt>) => ({ number: 1, status: 'graded', ...over }) as Attempt;
const open = { attemptsAllowed: 2, status: 'open' as const };

describe('who may take a test', () => {
  it('starts the first attempt, then the next while attempts are left', () => {
    expect(standing(open, undefined)).toEqual({ kind: 'start', number: 1, attemptsLeft: 2 });
    expect(standing(open, latest({ number: 1 }))).toEqual({ kind: 'start', number: 2, attemptsLeft: 1 });
  });

  it('refuses when every allowed attempt is used, and never with unlimited attempts', () => {
    expect(standing(open, latest({ number: 2, status: 'grading' }))).toEqual({
      kind: 'refused',
      reason: 'noAttemptsLeft',
    });
    expect(standing({ ...open, attemptsAllowed: 0 }, latest({ number: 9 }))).toEqual({
      kind: 'start',
      number: 10,
      attemptsLeft: null,
    });
  });

  it('resumes an attempt in progress, and refuses a closed test', () => {
    const running = latest({ number: 2, status: 'inProgress' });
    expect(standing(open, running)).toEqual({ kind: 'resume', attempt: running });
    expect(standing({ ...open, status: 'closed' }, undefined)).toEqual({
      kind: 'refused',
      reason: 'testClosed',
    });
  });
});

describe('the clock of an attempt', () => {
  it('sets the deadline from the time limit, none without one', () => {
    expect(deadlineFor(1_000, 30)).toBe(1_000 + 30 * 60_000);
    expect(deadlineFor(1_000, 0)).toBeNull();
  });

  it('counts down to zero and formats the rest', () => {
    expect(remainingMs(10_000, 4_000)).toBe(6_000);
    expect(remainingMs(10_000, 12_000)).toBe(0);
    expect(remainingMs(null, 1)).toBeNull();
    expect(formatRemaining(65_000)).toBe('01:05');
    expect(formatRemaining(64_001)).toBe('01:05');
    expect(formatRemaining(3_600_000 + 5_000)).toBe('1:00:05');
    expect(formatRemaining(0)).toBe('00:00');
  });

  it('counts questions without an answer', () => {
    const items = [{ questionId: 'a' }, { questionId: 'b' }, { questionId: 'c' }];
    expect(unansweredCount(items, { a: ['A'], b: ['  '] })).toBe(2);
  });
});
