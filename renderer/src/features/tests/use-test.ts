import { useLiveQuery } from 'dexie-react-hooks';
import type { TestPaper } from '../../../../shared/domain/test-paper';
import { db } from '../../db';

/** The test with this id as it changes: undefined while loading, null when there is none. */
export function useTest(id: string): TestPaper | null | undefined {
  return useLiveQuery(async () => (await db.tests.get(id)) ?? null, [id]);
}
