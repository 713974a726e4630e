import type { QuestionType } from './question';

/**
 * Item statistics 试题分析 over graded attempts: how hard each question was and whether it tells
 * stronger trainees from weaker ones.
 *
 * - Facility p = mean of score/points over the attempts that had the question (1 = everyone right).
 * - Discrimination D = the upper–lower group index (Kelley's 27 %): among the attempts that had the
 *   question, rank by the attempt's whole result (score/total points, so papers of different totals
 *   compare), take the top and bottom 27 % (at least one each), D = p(upper) − p(lower), in −1…1.
 *   Chosen over point-biserial because a coordinator can check it by hand from two groups.
 * - Flags only once a question has MIN_ATTEMPTS_FOR_FLAGS attempts: a handful of trainees says little.
 */

export const MIN_ATTEMPTS_FOR_FLAGS = 5;
export const TOO_EASY_ABOVE = 0.9;
export const TOO_HARD_BELOW = 0.2;
export const GROUP_SHARE = 0.27;

export type ItemFlag = 'tooEasy' | 'tooHard' | 'negativeDiscrimination';

/** One graded attempt, reduced to what the statistics need. */
export interface GradedAttempt {
  id: string;
  score: number;
  totalPoints: number;
  items: {
    questionId: string;
    version: number;
    type: QuestionType;
    stem: string;
    points: number;
    score: number;
  }[];
}

export interface ItemStats {
  questionId: string;
  version: number;
  type: QuestionType;
  stem: string;
  attempts: number;
  facility: number;
  /** Null when there are fewer than two attempts to split into groups. */
  discrimination: number | null;
  flags: ItemFlag[];
}

const ratio = (score: number, points: number) => (points > 0 ? score / points : 0);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const round3 = (x: number) => Math.round(x * 1000) / 1000;

interface Observation {
  attemptId: string;
  attemptRatio: number;
  itemRatio: number;
}

function discrimination(observations: Observation[]): number | null {
  if (observations.length < 2) return null;
  // Ties broken by attempt id so the same data always gives the same groups.
  const ranked = [...observations].sort(
    (a, b) => b.attemptRatio - a.attemptRatio || a.attemptId.localeCompare(b.attemptId),
  );
  const size = Math.max(1, Math.round(ranked.length * GROUP_SHARE));
  const upper = ranked.slice(0, size).map((o) => o.itemRatio);
  const lower = ranked.slice(-size).map((o) => o.itemRatio);
  return round3(mean(upper) - mean(lower));
}

export function flagsFor(attempts: number, facility: number, d: number | null): ItemFlag[] {
  if (attempts < MIN_ATTEMPTS_FOR_FLAGS) return [];
  const flags: ItemFlag[] = [];
  if (facility > TOO_EASY_ABOVE) flags.push('tooEasy');
  if (facility < TOO_HARD_BELOW) flags.push('tooHard');
  if (d !== null && d < 0) flags.push('negativeDiscrimination');
  return flags;
}

/** Statistics per question version, in the order questions first appear in the attempts. */
export function itemStatistics(attempts: readonly GradedAttempt[]): ItemStats[] {
  const byItem = new Map<string, { head: GradedAttempt['items'][number]; obs: Observation[] }>();
  for (const attempt of attempts) {
    const attemptRatio = ratio(attempt.score, attempt.totalPoints);
    for (const item of attempt.items) {
      const key = `${item.questionId}|${item.version}`;
      let entry = byItem.get(key);
      if (!entry) byItem.set(key, (entry = { head: item, obs: [] }));
      entry.obs.push({ attemptId: attempt.id, attemptRatio, itemRatio: ratio(item.score, item.points) });
    }
  }
  return [...byItem.values()].map(({ head, obs }) => {
    const facility = round3(mean(obs.map((o) => o.itemRatio)));
    const d = discrimination(obs);
    return {
      questionId: head.questionId,
      version: head.version,
      type: head.type,
      stem: head.stem,
      attempts: obs.length,
      facility,
      discrimination: d,
      flags: flagsFor(obs.length, facility, d),
    };
  });
}
