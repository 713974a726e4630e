import type { Collection, IndexableType } from 'dexie';
import { normaliseSearchQuery } from '../../../../shared/domain/search-query';
import type { Person, PersonStatus, TrainerType } from '../../../../shared/domain/person';
import type { TrainDeskDatabase } from '../../db';
import { LIVE_PEOPLE_COUNTER } from './counters';
import { KEY_MIN, keyMax } from '../shared-ui';

export type PeopleSortField = 'name' | 'employeeNo' | 'hireDate';

export interface PeopleQuery {
  deleted: boolean;
  sort: PeopleSortField;
  descending: boolean;
  department?: string;
  position?: string;
  status?: PersonStatus;
  trainerType?: TrainerType;
  search?: string;
}

export interface PeoplePage {
  rows: Person[];
  /** Where the next page starts, or null at the end. */
  after: IndexableType[] | null;
}

/** A search returns the best matches at once rather than paging: nobody scrolls past this many. */
export const SEARCH_LIMIT = 500;

const SORT_KEY: Record<PeopleSortField, keyof Person> = {
  name: 'nameKey',
  employeeNo: 'noKey',
  hireDate: 'hireKey',
};
const FILTER_FIELDS = ['department', 'position', 'status', 'trainerType'] as const;
/** Filters with a compound index of their own; status is not selective enough to earn one. */
const INDEXED_FILTERS = new Set<string>(['department', 'position', 'trainerType']);

type Plan = {
  index: string;
  prefix: IndexableType[];
  sortKey: keyof Person;
  jsFilters: (typeof FILTER_FIELDS)[number][];
};

/**
 * Picks the index that answers the query. Sorting by name with one filter reads that filter's own
 * compound index, so a small department is one short range; other combinations read the sort index
 * and drop non-matching rows as the cursor walks (still an index walk, never a table scan).
 */
export function planPeopleQuery(q: PeopleQuery): Plan {
  const del = q.deleted ? 1 : 0;
  const active = FILTER_FIELDS.filter((f) => q[f] !== undefined && q[f] !== '');
  const first = active.find((f) => INDEXED_FILTERS.has(f));
  if (q.sort === 'name' && first) {
    return {
      index: `[del+${first}+nameKey+id]`,
      prefix: [del, q[first] as string],
      sortKey: 'nameKey',
      jsFilters: active.filter((f) => f !== first),
    };
  }
  return {
    index: `[del+${SORT_KEY[q.sort]}+id]`,
    prefix: [del],
    sortKey: SORT_KEY[q.sort],
    jsFilters: active,
  };
}

function matchesFilters(person: Person, q: PeopleQuery, fields: readonly (typeof FILTER_FIELDS)[number][]) {
  return fields.every((f) => person[f] === q[f]);
}

export async function fetchPeoplePage(
  db: TrainDeskDatabase,
  q: PeopleQuery,
  after: IndexableType[] | null,
  limit: number,
): Promise<PeoplePage> {
  if (q.search && normaliseSearchQuery(q.search)) return { rows: await searchPeople(db, q), after: null };
  const plan = planPeopleQuery(q);
  const lower = [...plan.prefix, KEY_MIN, KEY_MIN];
  const upper = [...plan.prefix, keyMax(), keyMax()];
  const where = db.people.where(plan.index);
  let collection: Collection<Person, string>;
  if (!q.descending) collection = where.between(after ?? lower, upper, after === null, true);
  else collection = where.between(lower, after ?? upper, true, after === null).reverse();
  if (plan.jsFilters.length > 0) collection = collection.filter((p) => matchesFilters(p, q, plan.jsFilters));
  const rows = await collection.limit(limit).toArray();
  const last = rows[rows.length - 1];
  return {
    rows,
    after: rows.length < limit || !last ? null : [...plan.prefix, last[plan.sortKey] as string, last.id],
  };
}

/** Prefix lookup in the multi-entry token index (names, pinyin, initials, employee numbers). */
export async function searchPeople(db: TrainDeskDatabase, q: PeopleQuery): Promise<Person[]> {
  const term = normaliseSearchQuery(q.search ?? '');
  const del = q.deleted ? 1 : 0;
  const rows = await db.people
    .where('searchTokens')
    .startsWith(term)
    .distinct()
    .filter(
      (p) =>
        p.del === del &&
        matchesFilters(
          p,
          q,
          FILTER_FIELDS.filter((f) => q[f] !== undefined),
        ),
    )
    .limit(SEARCH_LIMIT)
    .toArray();
  const key = SORT_KEY[q.sort];
  rows.sort((a, b) => String(a[key]).localeCompare(String(b[key])) || a.id.localeCompare(b.id));
  if (q.descending) rows.reverse();
  return rows;
}

export async function livePeopleCount(db: TrainDeskDatabase): Promise<number> {
  return (await db.counters.get(LIVE_PEOPLE_COUNTER))?.value ?? 0;
}

/**
 * Distinct departments or positions for the filter drop-downs, read as a skip-scan of the filter's
 * compound index: one short read per distinct value instead of an index of its own.
 */
export async function distinctValues(
  db: TrainDeskDatabase,
  field: 'department' | 'position',
): Promise<string[]> {
  const values: string[] = [];
  const index = db.people.where(`[del+${field}+nameKey+id]`);
  let lower: IndexableType = [0, KEY_MIN, KEY_MIN, KEY_MIN];
  for (;;) {
    const next: Person | undefined = await index
      .between(lower, [0, keyMax(), keyMax(), keyMax()], false, true)
      .first();
    const value: string | undefined = next?.[field];
    if (value === undefined) return values;
    values.push(value);
    lower = [0, value, keyMax(), keyMax()] as IndexableType;
  }
}
