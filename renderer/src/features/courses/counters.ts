import type { CourseStatus } from '../../../../shared/domain/course';
import type { TrainDeskDatabase } from '../../db';

/** Counter rows (see Counter in db/database.ts): live courses per status, for the catalogue's total. */
export function statusCounterKey(status: CourseStatus): string {
  return `courses.status.${status}`;
}

export async function bumpStatusCounter(db: TrainDeskDatabase, status: CourseStatus, delta: number) {
  const key = statusCounterKey(status);
  const row = await db.counters.get(key);
  await db.counters.put({ key, value: (row?.value ?? 0) + delta });
}
