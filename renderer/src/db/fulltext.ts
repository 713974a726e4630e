/**
 * The n-gram full-text index (shared/domain/fulltext.ts makes the tokens). One row per
 * (kind, token, group, record), its key alone carrying all four, so a search reads key ranges
 * (`primaryKeys()`), never the records: a two-character Chinese query is one range, a longer query
 * the intersection of its pieces' ranges. `group` lets a hit name its owner without a read (a
 * lesson's course), and is '' where there is none.
 */
import { parseFullTextQuery, textTokens } from '../../../shared/domain/fulltext';
import type { TrainDeskDatabase } from './database';

export const FULLTEXT_KINDS = ['course', 'lesson', 'question', 'case', 'material'] as const;
export type FullTextKind = (typeof FULLTEXT_KINDS)[number];

export interface FullTextRef {
  kind: FullTextKind;
  id: string;
  group?: string;
}

export interface FullTextHit {
  id: string;
  group: string;
}

// Below every character a token can hold, so `kind SEP token SEP` bounds exactly one token's entries.
const SEP = '\u0001';
const TOP = '\uffff';

function termKey(ref: FullTextRef, token: string) {
  return [ref.kind, token, ref.group ?? '', ref.id].join(SEP);
}

/**
 * Brings a record's index entries from the texts it had to the texts it has now (null: none, i.e. a
 * new or deleted record). Call inside the transaction that writes the record, with `searchTerms` in
 * its scope, so the index never disagrees with the records.
 */
export async function reindexTexts(
  db: TrainDeskDatabase,
  ref: FullTextRef,
  before: readonly (string | null | undefined)[] | null,
  after: readonly (string | null | undefined)[] | null,
): Promise<void> {
  const old = new Set(before ? textTokens(...before) : []);
  const next = new Set(after ? textTokens(...after) : []);
  const removed = [...old].filter((t) => !next.has(t)).map((t) => termKey(ref, t));
  const added = [...next].filter((t) => !old.has(t)).map((t) => ({ key: termKey(ref, t) }));
  if (removed.length) await db.searchTerms.bulkDelete(removed);
  if (added.length) await db.searchTerms.bulkPut(added);
}

function parseKey(key: string): FullTextHit {
  const parts = key.split(SEP);
  return { group: parts[2] ?? '', id: parts[3] ?? '' };
}

async function rangeHits(db: TrainDeskDatabase, lower: string, upper: string, exactToken: string | null) {
  const keys = (await db.searchTerms
    .where('key')
    .between(lower, upper, true, true)
    .primaryKeys()) as string[];
  const hits = new Map<string, string>();
  for (const key of keys) {
    const hit = parseKey(key);
    // A prefix range also holds longer tokens; the record counts once.
    if (exactToken === null || key.split(SEP)[1] === exactToken) hits.set(hit.id, hit.group);
  }
  return hits;
}

/**
 * Records of one kind whose texts hold every piece of the query, in key order of their first piece;
 * null when the query has nothing to search for (show the unfiltered list instead).
 */
export async function searchFullText(
  db: TrainDeskDatabase,
  kind: FullTextKind,
  query: string,
): Promise<FullTextHit[] | null> {
  const parsed = parseFullTextQuery(query);
  if (!parsed) return null;
  const base = kind + SEP;
  const ranges = [
    ...parsed.exact.map((t) => rangeHits(db, base + t + SEP, base + t + SEP + TOP, t)),
    ...(parsed.prefix === null
      ? []
      : [rangeHits(db, base + parsed.prefix, base + parsed.prefix + TOP, null)]),
  ];
  const sets = await Promise.all(ranges);
  sets.sort((a, b) => a.size - b.size);
  const [smallest, ...rest] = sets;
  if (!smallest) return [];
  const hits: FullTextHit[] = [];
  for (const [id, group] of smallest) {
    if (rest.every((s) => s.has(id))) hits.push({ id, group });
  }
  return hits;
}
