import { useLiveQuery } from 'dexie-react-hooks';
import type { Person } from '../../../../shared/domain/person';
import { db } from '../../db';

/** The person with this id as it changes: undefined while loading, null when there is none. */
export function usePerson(id: string): Person | null | undefined {
  return useLiveQuery(async () => (await db.people.get(id)) ?? null, [id]);
}
