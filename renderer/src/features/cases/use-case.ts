import { useLiveQuery } from 'dexie-react-hooks';
import type { ComplaintCase } from '../../../../shared/domain/complaint-case';
import { db } from '../../db';
import { distinctValues } from '../people/queries';

/** The case with this id as it changes: undefined while loading, null when there is none. */
export function useCase(id: string): ComplaintCase | null | undefined {
  return useLiveQuery(async () => (await db.cases.get(id)) ?? null, [id]);
}

/**
 * Departments to offer: the people registry's, and any a case already names (typed by hand, or of a
 * department since renamed), read from the keys of the `*departments` index alone.
 */
export function useCaseDepartments(): string[] {
  return (
    useLiveQuery(async () => {
      const [registry, used] = await Promise.all([
        distinctValues(db, 'department'),
        db.cases.orderBy('departments').uniqueKeys() as Promise<string[]>,
      ]);
      return [...new Set([...registry, ...used])].sort((a, b) => a.localeCompare(b, 'zh-CN'));
    }, []) ?? []
  );
}
