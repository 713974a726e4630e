import type { TrainDeskDatabase } from '../../db';

/** Adds to a counter row (see Counter in db/database.ts); call inside the transaction of the write it counts. */
export async function bumpCounter(db: TrainDeskDatabase, key: string, delta: number) {
  if (delta === 0) return;
  const row = await db.counters.get(key);
  await db.counters.put({ key, value: (row?.value ?? 0) + delta });
}
