import type { IndexableType } from 'dexie';
import type { ComplaintCase, ComplaintType } from '../../../../shared/domain/complaint-case';
import type { Lesson } from '../../../../shared/domain/course';
import type { TrainDeskDatabase } from '../../db';
import { searchFullText } from '../../db/fulltext';
import { byTitle, readTitlePage, type IndexPlan } from '../materials';
import type { Page } from '../shared-ui';
import { LIVE_CASES_COUNTER } from './counters';

export interface CasesQuery {
  deleted: boolean;
  complaintType?: ComplaintType;
  difficulty?: number;
  department?: string;
  search?: string;
}

/** A search shows its best hits at once rather than paging: nobody scrolls past this many. */
export const SEARCH_LIMIT = 200;
/**
 * A department with at most this many cases is read whole through the `*departments` index and
 * sorted by title; a larger one is dense enough that walking the title index with a filter fills a
 * page quickly.
 */
export const DEPARTMENT_DIRECT_LIMIT = 1000;

function matches(c: ComplaintCase, q: CasesQuery) {
  return (
    c.del === (q.deleted ? 1 : 0) &&
    (!q.complaintType || c.complaintType === q.complaintType) &&
    (q.difficulty === undefined || c.difficulty === q.difficulty) &&
    (!q.department || c.departments.includes(q.department))
  );
}

/** Type, then difficulty, has its own `[del+…+titleKey+id]` index; the rest is checked on the walk. */
export function planCasesQuery(q: CasesQuery): IndexPlan<ComplaintCase> {
  const del = q.deleted ? 1 : 0;
  const rest = (c: ComplaintCase) => matches(c, q);
  if (q.complaintType)
    return { index: '[del+complaintType+titleKey+id]', prefix: [del, q.complaintType], filter: rest };
  if (q.difficulty !== undefined)
    return { index: '[del+difficulty+titleKey+id]', prefix: [del, q.difficulty], filter: rest };
  return { index: '[del+titleKey+id]', prefix: [del], filter: q.department ? rest : undefined };
}

async function readByIds(db: TrainDeskDatabase, ids: readonly string[], q: CasesQuery) {
  const rows = await db.cases.bulkGet([...ids]);
  return byTitle(rows.filter((c): c is ComplaintCase => c !== undefined && matches(c, q)));
}

export async function fetchCasesPage(
  db: TrainDeskDatabase,
  q: CasesQuery,
  after: IndexableType[] | null,
  limit: number,
): Promise<Page<ComplaintCase>> {
  const hits = await searchFullText(db, 'case', q.search ?? '');
  if (hits)
    return {
      rows: await readByIds(
        db,
        hits.slice(0, SEARCH_LIMIT).map((h) => h.id),
        q,
      ),
      after: null,
    };
  if (q.department && !q.complaintType && q.difficulty === undefined && after === null) {
    const ids = (await db.cases
      .where('departments')
      .equals(q.department)
      .limit(DEPARTMENT_DIRECT_LIMIT + 1)
      .primaryKeys()) as string[];
    if (ids.length <= DEPARTMENT_DIRECT_LIMIT) return { rows: await readByIds(db, ids, q), after: null };
  }
  return readTitlePage(db.cases, planCasesQuery(q), after, limit);
}

export async function liveCasesCount(db: TrainDeskDatabase): Promise<number> {
  return (await db.counters.get(LIVE_CASES_COUNTER))?.value ?? 0;
}

/** Lessons that use the case (a lesson lists its cases in `caseIds`), at most a screenful. */
export function lessonsUsingCase(db: TrainDeskDatabase, caseId: string): Promise<Lesson[]> {
  return db.lessons.where('caseIds').equals(caseId).limit(50).toArray();
}
