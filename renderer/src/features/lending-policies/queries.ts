import type { IndexableType } from 'dexie';
import type { ClosedDay, LoanPolicy } from '../../../../shared/domain/lending';
import type { Person } from '../../../../shared/domain/person';
import { normaliseSearchQuery } from '../../../../shared/domain/search-query';
import type { TrainDeskDatabase } from '../../db';
import { KEY_MIN, keyMax } from '../shared-ui';

/** The rules matrix is a handful of rows (types × positions); more than this is not a matrix anyone reads. */
export const MAX_POLICY_ROWS = 1_000;

/** Every row of the rules matrix, by material type then position; ANY ('*') sorts first. */
export function readPolicies(db: TrainDeskDatabase): Promise<LoanPolicy[]> {
  return db.loanPolicies
    .where('[materialType+position]')
    .between([KEY_MIN, KEY_MIN], [keyMax(), keyMax()])
    .limit(MAX_POLICY_ROWS)
    .toArray();
}

/** Closed days from today on, soonest first. */
export function upcomingClosedDays(db: TrainDeskDatabase, today: string, limit = 366): Promise<ClosedDay[]> {
  return db.closedDays.where('date').aboveOrEqual(today).limit(limit).toArray();
}

/**
 * Distinct departments or positions of live people, as a skip-scan of the field's
 * `[del+field+nameKey+id]` index: one short read per value, jumping past the rest of its keys.
 */
export async function registryValues(
  db: TrainDeskDatabase,
  field: 'department' | 'position',
): Promise<string[]> {
  const values: string[] = [];
  const index = db.people.where(`[del+${field}+nameKey+id]`);
  let lower: IndexableType = [0, KEY_MIN, KEY_MIN, KEY_MIN];
  for (;;) {
    const next: Person | undefined = await index
      .between(lower, [0, keyMax(), keyMax(), keyMax()], false)
      .first();
    const value: string | undefined = next?.[field];
    if (value === undefined) return values;
    values.push(value);
    lower = [0, value, keyMax(), keyMax()] as IndexableType;
  }
}

/** People to pick as a department manager: name, pinyin or employee number, live people only. */
export async function findPeople(db: TrainDeskDatabase, text: string, limit = 20): Promise<Person[]> {
  const term = normaliseSearchQuery(text);
  if (!term) return [];
  return db.people
    .where('searchTokens')
    .startsWith(term)
    .distinct()
    .filter((p) => p.del === 0)
    .limit(limit)
    .toArray();
}
