import type { TrainDeskDatabase } from '../../db';

/** Counter row holding the number of live questions (see Counter in db/database.ts). */
export const LIVE_QUESTIONS_COUNTER = 'questions.live';

/** Call inside the transaction of the write it counts, with `counters` in its scope. */
export async function bumpCounter(db: TrainDeskDatabase, key: string, delta: number) {
  if (delta === 0) return;
  const row = await db.counters.get(key);
  await db.counters.put({ key, value: (row?.value ?? 0) + delta });
}
