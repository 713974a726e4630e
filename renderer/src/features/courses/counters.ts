import type { CourseStatus } from '../../../../shared/domain/course';
import type { TrainDeskDatabase } from '../../db';
import { bumpCounter } from '../shared-ui/counters';

/** Counter rows (see Counter in db/database.ts): live courses per status, for the catalogue's total. */
export function statusCounterKey(status: CourseStatus): string {
  return `courses.status.${status}`;
}

export async function bumpStatusCounter(db: TrainDeskDatabase, status: CourseStatus, delta: number) {
  await bumpCounter(db, statusCounterKey(status), delta);
}
