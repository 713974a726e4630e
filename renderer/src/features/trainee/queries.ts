import type { IndexableType } from 'dexie';
import { itemStatistics, type GradedAttempt, type ItemStats } from '../../../../shared/domain/item-stats';
import type { Attempt, TestPaper } from '../../../../shared/domain/test-paper';
import type { TrainDeskDatabase } from '../../db';
import { KEY_MIN, keyMax } from '../shared-ui';

/** Where a page of attempts ended: the sort value and the id of its last row. */
export interface AttemptCursor {
  at: number;
  id: string;
}

export interface AttemptPage {
  rows: Attempt[];
  after: AttemptCursor | null;
}

/**
 * A page of attempts from a compound index `[prefix+sortField]`. The index ends with the sort
 * field, not the id, so the next page starts at the last sort value (inclusive) and skips the rows
 * of that value already shown: IndexedDB orders equal keys by primary key.
 */
async function attemptPage(
  db: TrainDeskDatabase,
  index: string,
  prefix: IndexableType,
  field: 'startedAt' | 'submittedAt',
  after: AttemptCursor | null,
  limit: number,
  descending: boolean,
): Promise<AttemptPage> {
  const where = db.attempts.where(index);
  const lower = [prefix, KEY_MIN];
  const upper = [prefix, keyMax()];
  let collection = descending
    ? where.between(lower, after ? [prefix, after.at] : upper, true, true).reverse()
    : where.between(after ? [prefix, after.at] : lower, upper, true, true);
  if (after) {
    collection = collection.and(
      (a) => a[field] !== after.at || (descending ? a.id < after.id : a.id > after.id),
    );
  }
  const rows = await collection.limit(limit).toArray();
  const last = rows[rows.length - 1];
  return { rows, after: rows.length < limit || !last ? null : { at: last[field] ?? 0, id: last.id } };
}

/** Submitted attempts with short answers waiting for a grader, oldest first (阅卷队列). */
export function fetchGradingQueuePage(db: TrainDeskDatabase, after: AttemptCursor | null, limit: number) {
  return attemptPage(db, '[needsGrading+submittedAt]', 1, 'submittedAt', after, limit, false);
}

/** Attempts at one test, newest first. */
export function fetchTestAttemptsPage(
  db: TrainDeskDatabase,
  testId: string,
  after: AttemptCursor | null,
  limit: number,
) {
  return attemptPage(db, '[testId+startedAt]', testId, 'startedAt', after, limit, true);
}

/** The person's latest attempt at the test: its number is how many they took. */
export function latestAttempt(
  db: TrainDeskDatabase,
  testId: string,
  personId: string,
): Promise<Attempt | undefined> {
  return db.attempts
    .where('[testId+personId+number]')
    .between([testId, personId, KEY_MIN], [testId, personId, keyMax()])
    .last();
}

/** Tests to pick from, by title; a department keeps tens of tests, so one bounded read is enough. */
export const TEST_PICK_LIMIT = 500;
export function fetchTestsByTitle(db: TrainDeskDatabase): Promise<TestPaper[]> {
  return db.tests
    .where('[del+titleKey+id]')
    .between([0, KEY_MIN, KEY_MIN], [0, keyMax(), keyMax()])
    .limit(TEST_PICK_LIMIT)
    .toArray();
}

const STATS_CHUNK = 500;

function toGraded(a: Attempt): GradedAttempt {
  return {
    id: a.id,
    score: a.score ?? 0,
    totalPoints: a.totalPoints,
    items: a.items.map((i) => ({
      questionId: i.questionId,
      version: i.version,
      type: i.content.type,
      stem: i.content.stem,
      points: i.points,
      score: a.results[i.questionId]?.score ?? 0,
    })),
  };
}

/**
 * Item statistics of one test over its fully graded attempts, read in chunks from the test's index
 * (only the reduced form of each attempt is kept while reading).
 */
export async function testItemStatistics(
  db: TrainDeskDatabase,
  testId: string,
): Promise<{ attempts: number; items: ItemStats[] }> {
  const graded: GradedAttempt[] = [];
  let after: AttemptCursor | null = null;
  do {
    const page: AttemptPage = await fetchTestAttemptsPage(db, testId, after, STATS_CHUNK);
    for (const a of page.rows) if (a.status === 'graded' && a.score !== null) graded.push(toGraded(a));
    after = page.after;
  } while (after);
  return { attempts: graded.length, items: itemStatistics(graded) };
}
