import { describe, expect, it } from 'vitest';
import { itemStatistics, type GradedAttempt } from './item-stats';

/** An attempt with one score per question; each question is worth `points[q]` (1 by default). */
function attempt(
  id: string,
  scores: Record<string, number>,
  points: Record<string, number> = {},
): GradedAttempt {
  const items = Object.entries(scores).map(([questionId, score]) => ({
    questionId,
    version: 1,
    type: 'single' as const,
    stem: questionId,
    points: points[questionId] ?? 1,
    score,
  }));
  return {
    id,
    score: items.reduce((a, i) => a + i.score, 0),
    totalPoints: items.reduce((a, i) => a + i.points, 0),
    items,
  };
}

describe('item statistics', () => {
  // Totals (of 4 points): a 4, b 3, c 2, d 1, e 1 → ranked a, b, c, d, e (d before e by id).
  // 5 attempts → groups of round(5 × 0.27) = 1: upper = a, lower = e.
  const five = [
    attempt('a', { good: 1, reversed: 0, easy: 1, hard: 2 }, { hard: 2 }),
    attempt('b', { good: 1, reversed: 0, easy: 1, hard: 1 }, { hard: 2 }),
    attempt('c', { good: 1, reversed: 0, easy: 1, hard: 0 }, { hard: 2 }),
    attempt('d', { good: 0, reversed: 0, easy: 1, hard: 0 }, { hard: 2 }),
    attempt('e', { good: 0, reversed: 1, easy: 0, hard: 0 }, { hard: 2 }),
  ];

  it('computes facility and the upper–lower discrimination by hand-checked numbers', () => {
    const stats = Object.fromEntries(itemStatistics(five).map((s) => [s.questionId, s]));
    // good: 1+1+1+0+0 of 5 → 0.6; upper a = 1, lower e = 0 → D = 1.
    expect(stats.good).toMatchObject({ attempts: 5, facility: 0.6, discrimination: 1, flags: [] });
    // reversed: only e right → 0.2; D = 0 − 1 = −1.
    expect(stats.reversed).toMatchObject({
      facility: 0.2,
      discrimination: -1,
      flags: ['negativeDiscrimination'],
    });
    // easy: 4 of 5 → 0.8, D = 1 − 0 = 1.
    expect(stats.easy).toMatchObject({ facility: 0.8, discrimination: 1, flags: [] });
    // hard (2 points): ratios 1, .5, 0, 0, 0 → 0.3; D = 1 − 0.
    expect(stats.hard).toMatchObject({ facility: 0.3, discrimination: 1 });
  });

  it('flags too easy above 0.9 and too hard below 0.2', () => {
    const ten = Array.from({ length: 10 }, (_, i) =>
      attempt(`t${i}`, { easy: 1, hard: i === 0 ? 1 : 0, mid: i < 5 ? 1 : 0 }),
    );
    const stats = Object.fromEntries(itemStatistics(ten).map((s) => [s.questionId, s]));
    expect(stats.easy).toMatchObject({ facility: 1, flags: ['tooEasy'] });
    expect(stats.hard).toMatchObject({ facility: 0.1, flags: ['tooHard'] });
    // Groups of round(2.7) = 3; totals t0 = 3, t1–t4 = 2, t5–t9 = 1 → upper t0,t1,t2, lower t7,t8,t9.
    expect(stats.mid).toMatchObject({ facility: 0.5, discrimination: 1, flags: [] });
    expect(stats.hard!.discrimination).toBe(0.333);
  });

  it('does not flag before five attempts have the question', () => {
    const four = five.slice(0, 4);
    const stats = itemStatistics([...four, attempt('z', { reversed: 1 })]);
    const reversed = stats.find((s) => s.questionId === 'reversed')!;
    expect(reversed.attempts).toBe(5);
    const good = stats.find((s) => s.questionId === 'good')!;
    expect(good.attempts).toBe(4);
    expect(good.flags).toEqual([]);
  });

  it('keeps versions of one question apart and gives no discrimination for a single attempt', () => {
    const v2 = attempt('x', { good: 1 });
    v2.items[0]!.version = 2;
    const stats = itemStatistics([five[0]!, v2]);
    const versions = stats.filter((s) => s.questionId === 'good').map((s) => [s.version, s.discrimination]);
    expect(versions).toEqual([
      [1, null],
      [2, null],
    ]);
  });
});
