import type { TrainDeskDatabase } from '../../db';

/**
 * Every file any record references, read key by key from each table's `attachmentShas` index
 * (never the records themselves). A table that gains attachments adds itself here.
 */
export async function referencedAttachments(db: TrainDeskDatabase): Promise<string[]> {
  const tables = [db.people, db.courses, db.lessons, db.courseVersions, db.editions, db.cases];
  const keys = await Promise.all(tables.map((t) => t.orderBy('attachmentShas').uniqueKeys()));
  return [...new Set(keys.flat().map(String))];
}
