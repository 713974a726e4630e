import type { Collection, IndexableType, Table } from 'dexie';
import type { Page } from '../shared-ui';
import { KEY_MIN, keyMax } from '../shared-ui';

/** Where a page stopped: the last row's sort value and id (rows with one sort value follow their ids). */
export interface KeysetCursor {
  key: string | number;
  id: string;
}

export interface KeysetPlan<T> {
  /** A compound index `[…prefix+sortField]`; it does not end with `id`, so ties are broken by the primary key. */
  index: string;
  prefix: IndexableType[];
  sortKey(row: T): string | number;
  /** Newest first when true. */
  descending: boolean;
  /** What the index does not answer, checked as the cursor walks (an index walk, never a table scan). */
  filter?: (row: T) => boolean;
}

/**
 * One page from an index that ends with the sort field, continued after the last row. Within one
 * sort value IndexedDB orders entries by primary key, so the cursor is (sort value, id) and the few
 * rows that share the last sort value are skipped by id.
 */
export async function readKeysetPage<T extends { id: string }>(
  table: Table<T, string>,
  plan: KeysetPlan<T>,
  after: KeysetCursor | null,
  limit: number,
): Promise<Page<T, KeysetCursor>> {
  const low = [...plan.prefix, KEY_MIN];
  const high = [...plan.prefix, keyMax()];
  const where = table.where(plan.index);
  let collection: Collection<T, string>;
  if (plan.descending) {
    collection = where.between(low, after ? [...plan.prefix, after.key] : high, true, true).reverse();
  } else {
    collection = where.between(after ? [...plan.prefix, after.key] : low, high, true, true);
  }
  const past = (row: T) => {
    if (!after) return true;
    const key = plan.sortKey(row);
    if (key !== after.key) return true;
    return plan.descending ? row.id < after.id : row.id > after.id;
  };
  const keep = plan.filter;
  collection = collection.filter((row) => past(row) && (keep ? keep(row) : true));
  const rows = await collection.limit(limit).toArray();
  const last = rows[rows.length - 1];
  return { rows, after: rows.length < limit || !last ? null : { key: plan.sortKey(last), id: last.id } };
}
