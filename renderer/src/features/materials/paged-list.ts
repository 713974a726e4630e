import type { Collection, IndexableType, Table } from 'dexie';
import type { Page } from '../shared-ui';
import { KEY_MIN, keyMax } from '../shared-ui';

/** Which compound index answers a list query, the values it is fixed to, and what is left to check. */
export interface IndexPlan<T> {
  index: string;
  prefix: IndexableType[];
  filter?: (row: T) => boolean;
}

/**
 * One page of a title-sorted list read from a `[…prefix+titleKey+id]` index, continuing after the
 * last key; a filter the index does not cover is checked as the cursor walks (an index walk, never
 * a table scan).
 */
export async function readTitlePage<T extends { id: string; titleKey: string }>(
  table: Table<T, string>,
  plan: IndexPlan<T>,
  after: IndexableType[] | null,
  limit: number,
): Promise<Page<T>> {
  const lower = after ?? [...plan.prefix, KEY_MIN, KEY_MIN];
  const upper = [...plan.prefix, keyMax(), keyMax()];
  let collection: Collection<T, string> = table.where(plan.index).between(lower, upper, after === null, true);
  if (plan.filter) collection = collection.filter(plan.filter);
  const rows = await collection.limit(limit).toArray();
  const last = rows[rows.length - 1];
  return { rows, after: rows.length < limit || !last ? null : [...plan.prefix, last.titleKey, last.id] };
}

/** Hits of a search (or of a small index read) in title order, once, for lists that show them whole. */
export function byTitle<T extends { id: string; titleKey: string }>(rows: T[]): T[] {
  return rows.sort((a, b) => a.titleKey.localeCompare(b.titleKey) || a.id.localeCompare(b.id));
}
