import type { Collection, IndexableType } from 'dexie';
import type { Question, QuestionType } from '../../../../shared/domain/question';
import type { TrainDeskDatabase } from '../../db';
import { searchFullText } from '../../db/fulltext';
import { LIVE_QUESTIONS_COUNTER } from './counters';
import { KEY_MIN, keyMax } from '../shared-ui';

export interface QuestionQuery {
  deleted: boolean;
  type?: QuestionType;
  category?: string;
  tag?: string;
  difficulty?: number;
  search?: string;
}

export interface QuestionPage {
  rows: Question[];
  /** Where the next page starts, or null at the end. */
  after: IndexableType[] | null;
}

/** A search or tag filter answers the best matches at once rather than paging: nobody scrolls past this many. */
export const SET_LIMIT = 500;
/** Records read per `bulkGet` while a search's hits are checked against the other filters. */
const HIT_BATCH = 100;

function matches(q: Question, query: QuestionQuery): boolean {
  return (
    q.del === (query.deleted ? 1 : 0) &&
    (query.type === undefined || q.type === query.type) &&
    (!query.category || q.category === query.category) &&
    (!query.tag || q.tags.includes(query.tag)) &&
    (query.difficulty === undefined || q.difficulty === query.difficulty)
  );
}

/**
 * A page of questions, newest change first. With a type or category the list walks that filter's
 * compound index, otherwise `[del+updatedAt+id]`; the other filters drop rows as the cursor walks.
 * A search or a tag is a set of ids from the full-text or tag index, read a batch at a time.
 */
export async function fetchQuestionsPage(
  db: TrainDeskDatabase,
  query: QuestionQuery,
  after: IndexableType[] | null,
  limit: number,
): Promise<QuestionPage> {
  const hits = await idSet(db, query);
  if (hits) return { rows: await readHits(db, hits, query), after: null };
  const del = query.deleted ? 1 : 0;
  const [index, prefix] =
    query.type !== undefined
      ? ['[del+type+updatedAt+id]', [del, query.type]]
      : query.category
        ? ['[del+category+updatedAt+id]', [del, query.category]]
        : ['[del+updatedAt+id]', [del]];
  const lower = [...prefix, KEY_MIN, KEY_MIN];
  const upper = [...prefix, keyMax(), keyMax()];
  let collection: Collection<Question, string> = db.questions
    .where(index)
    .between(lower, after ?? upper, true, after === null)
    .reverse();
  const needsFilter = (query.type !== undefined && !!query.category) || query.difficulty !== undefined;
  if (needsFilter) collection = collection.filter((q) => matches(q, query));
  const rows = await collection.limit(limit).toArray();
  const last = rows[rows.length - 1];
  return { rows, after: rows.length < limit || !last ? null : [...prefix, last.updatedAt, last.id] };
}

/** Ids from the search and tag indexes (both when both are asked), or null when neither is. */
async function idSet(db: TrainDeskDatabase, query: QuestionQuery): Promise<string[] | null> {
  const [found, tagged] = await Promise.all([
    query.search ? searchFullText(db, 'question', query.search) : null,
    query.tag ? db.questions.where('tags').equals(query.tag).primaryKeys() : null,
  ]);
  if (!found && !tagged) return null;
  if (!found) return tagged;
  const ids = found.map((h) => h.id);
  if (!tagged) return ids;
  const wanted = new Set(tagged);
  return ids.filter((id) => wanted.has(id));
}

async function readHits(
  db: TrainDeskDatabase,
  ids: readonly string[],
  query: QuestionQuery,
): Promise<Question[]> {
  const rows: Question[] = [];
  for (let i = 0; i < ids.length && rows.length < SET_LIMIT; i += HIT_BATCH) {
    const batch = await db.questions.bulkGet(ids.slice(i, i + HIT_BATCH));
    for (const q of batch) if (q && matches(q, query) && rows.length < SET_LIMIT) rows.push(q);
  }
  return rows.sort((a, b) => b.updatedAt - a.updatedAt || (a.id < b.id ? 1 : -1));
}

export async function liveQuestionCount(db: TrainDeskDatabase): Promise<number> {
  return (await db.counters.get(LIVE_QUESTIONS_COUNTER))?.value ?? 0;
}

/** Tags already in use, for the pickers: the distinct keys of the tag index, read as keys only. */
export async function knownTags(db: TrainDeskDatabase, limit = 500): Promise<string[]> {
  const tags = await db.questions.orderBy('tags').uniqueKeys();
  return (tags as string[]).slice(0, limit);
}
