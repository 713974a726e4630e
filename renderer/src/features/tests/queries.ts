import type { IndexableType } from 'dexie';
import type { TestPaper } from '../../../../shared/domain/test-paper';
import type { TrainDeskDatabase } from '../../db';
import { KEY_MIN, keyMax } from '../shared-ui';

export interface TestQuery {
  deleted: boolean;
  status?: TestPaper['status'];
}

export interface TestPage {
  rows: TestPaper[];
  after: IndexableType[] | null;
}

/** A page of tests in title order, from `[del+titleKey+id]` or, for one status, `[del+status+titleKey+id]`. */
export async function fetchTestsPage(
  db: TrainDeskDatabase,
  query: TestQuery,
  after: IndexableType[] | null,
  limit: number,
): Promise<TestPage> {
  const del = query.deleted ? 1 : 0;
  const [index, prefix] = query.status
    ? ['[del+status+titleKey+id]', [del, query.status]]
    : ['[del+titleKey+id]', [del]];
  const rows = await db.tests
    .where(index)
    .between(after ?? [...prefix, KEY_MIN, KEY_MIN], [...prefix, keyMax(), keyMax()], after === null, true)
    .limit(limit)
    .toArray();
  const last = rows[rows.length - 1];
  return { rows, after: rows.length < limit || !last ? null : [...prefix, last.titleKey, last.id] };
}
