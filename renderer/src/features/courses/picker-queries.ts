import type { IndexableType, Table } from 'dexie';
import type { Person } from '../../../../shared/domain/person';
import { normaliseSearchQuery } from '../../../../shared/domain/search-query';
import type { TrainDeskDatabase } from '../../db';
import { searchFullText, type FullTextKind } from '../../db/fulltext';
import { KEY_MIN, keyMax } from '../shared-ui';

/**
 * Reads for the pickers of the course and lesson forms: a few dozen rows from an index, or the
 * full-text hits of what the user types. Other features own these tables; courses only read them.
 */

export const PICKER_LIMIT = 50;

export interface PickerOption {
  value: string;
  label: string;
}

/** Internal and external trainers by name, or those whose name, pinyin or number starts with `text`. */
export async function findTrainers(db: TrainDeskDatabase, text: string): Promise<Person[]> {
  const term = normaliseSearchQuery(text);
  if (term) {
    return db.people
      .where('searchTokens')
      .startsWith(term)
      .distinct()
      .filter((p) => p.del === 0 && p.trainerType !== 'none')
      .limit(PICKER_LIMIT)
      .toArray();
  }
  const ranges = await Promise.all(
    (['internal', 'external'] as const).map((type) =>
      db.people
        .where('[del+trainerType+nameKey+id]')
        .between([0, type, KEY_MIN, KEY_MIN], [0, type, keyMax(), keyMax()])
        .limit(PICKER_LIMIT)
        .toArray(),
    ),
  );
  return ranges
    .flat()
    .sort((a, b) => a.nameKey.localeCompare(b.nameKey))
    .slice(0, PICKER_LIMIT);
}

/** Positions people hold, read as a skip-scan of the position index: one short read per distinct value. */
export async function peoplePositions(db: TrainDeskDatabase): Promise<string[]> {
  const values: string[] = [];
  const index = db.people.where('[del+position+nameKey+id]');
  let lower: IndexableType = [0, KEY_MIN, KEY_MIN, KEY_MIN];
  for (;;) {
    const next: Person | undefined = await index
      .between(lower, [0, keyMax(), keyMax(), keyMax()], false, true)
      .first();
    if (next?.position === undefined) return values;
    values.push(next.position);
    lower = [0, next.position, keyMax(), keyMax()] as IndexableType;
  }
}

type TitledTable = 'materials' | 'cases' | 'tests';

/** What materials, cases and tests share: the picker needs nothing else. */
interface Titled {
  id: string;
  title: string;
  del: 0 | 1;
}

function titledTable(db: TrainDeskDatabase, table: TitledTable): Table<Titled, string> {
  // Each table holds a richer record; reading it through its common part is safe (Dexie's Table is invariant).
  return db[table] as unknown as Table<Titled, string>;
}

/** Records with a title for a multi-select: the first by title, or full-text hits where there is an index. */
export async function findTitled(
  db: TrainDeskDatabase,
  table: TitledTable,
  text: string,
): Promise<PickerOption[]> {
  const kind: FullTextKind | null = table === 'materials' ? 'material' : table === 'cases' ? 'case' : null;
  const hits = kind && text.trim() ? await searchFullText(db, kind, text) : null;
  const source = titledTable(db, table);
  const rows = hits
    ? (await source.bulkGet(hits.slice(0, PICKER_LIMIT).map((h) => h.id))).filter((r) => r !== undefined)
    : await source
        .where('[del+titleKey+id]')
        .between([0, KEY_MIN, KEY_MIN], [0, keyMax(), keyMax()])
        .limit(PICKER_LIMIT * 4)
        .toArray();
  return rows.filter((r) => r.del === 0).map((r) => ({ value: r.id, label: r.title }));
}

/** Titles of the records a lesson links to, for showing the current selection; null for one since removed. */
export async function titlesOf(
  db: TrainDeskDatabase,
  table: TitledTable,
  ids: readonly string[],
): Promise<{ value: string; label: string | null }[]> {
  const rows = await titledTable(db, table).bulkGet([...ids]);
  return ids.map((id, i) => ({ value: id, label: rows[i]?.title ?? null }));
}
