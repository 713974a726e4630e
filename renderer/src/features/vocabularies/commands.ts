import { DomainError } from '../../../../shared/domain/errors';
import type { VocabularyEntry, VocabularyLabels, VocabularyList } from '../../../../shared/domain/vocabulary';
import { mergeVocabulary, type MergedVocabularyEntry } from '../../../../shared/domain/vocabulary-merge';
import {
  checkVocabularyLabels,
  labelsToStore,
  nextVocabularyOrder,
  planVocabularyMove,
} from '../../../../shared/domain/vocabulary-rules';
import type { TrainDeskDatabase } from '../../db';
import { vocabularyDefaults } from './defaults';
import { storedVocabulary } from './queries';

/** Who and when a write happens; passed in so commands stay testable without a clock. */
export interface VocabularyWriteContext {
  actor: string;
  now: number;
  newId?: () => string;
}

interface ListState {
  merged: MergedVocabularyEntry[];
  rows: Map<string, VocabularyEntry>;
}

async function readList(db: TrainDeskDatabase, list: VocabularyList): Promise<ListState> {
  const stored = await storedVocabulary(db, list);
  return {
    merged: mergeVocabulary(vocabularyDefaults(list), stored),
    rows: new Map(stored.map((row) => [row.key, row])),
  };
}

function entryOf(state: ListState, key: string): MergedVocabularyEntry {
  const entry = state.merged.find((e) => e.key === key);
  if (!entry) throw new DomainError('settings:lists.errors.entryNotFound');
  return entry;
}

/**
 * The stored row for an entry with some fields changed; a shipped entry without a row gets one
 * holding empty labels (= follow the locale files).
 */
function nextRow(
  list: VocabularyList,
  state: ListState,
  entry: MergedVocabularyEntry,
  change: Partial<Pick<VocabularyEntry, 'labels' | 'order' | 'hidden'>>,
  ctx: VocabularyWriteContext,
): VocabularyEntry {
  const row = state.rows.get(entry.key);
  const base: VocabularyEntry = row ?? {
    id: ctx.newId?.() ?? crypto.randomUUID(),
    createdAt: ctx.now,
    updatedAt: ctx.now,
    updatedBy: ctx.actor,
    list,
    key: entry.key,
    labels: { 'zh-CN': '', en: '' },
    order: entry.order,
    hidden: entry.hidden,
  };
  return { ...base, ...change, updatedAt: ctx.now, updatedBy: ctx.actor };
}

export async function renameVocabularyEntry(
  db: TrainDeskDatabase,
  list: VocabularyList,
  key: string,
  labels: VocabularyLabels,
  ctx: VocabularyWriteContext,
): Promise<void> {
  await db.transaction('rw', [db.vocabularies], async () => {
    const state = await readList(db, list);
    const entry = entryOf(state, key);
    const checked = checkVocabularyLabels(state.merged, labels, key);
    const shipped = vocabularyDefaults(list).find((d) => d.key === key);
    await db.vocabularies.put(nextRow(list, state, entry, { labels: labelsToStore(shipped, checked) }, ctx));
  });
}

/** Adds an entry at the end of the list; returns its key, the value records will store. */
export async function addVocabularyEntry(
  db: TrainDeskDatabase,
  list: VocabularyList,
  labels: VocabularyLabels,
  ctx: VocabularyWriteContext,
): Promise<string> {
  return db.transaction('rw', [db.vocabularies], async () => {
    const state = await readList(db, list);
    const checked = checkVocabularyLabels(state.merged, labels);
    const key = ctx.newId?.() ?? crypto.randomUUID();
    await db.vocabularies.add({
      id: ctx.newId?.() ?? crypto.randomUUID(),
      createdAt: ctx.now,
      updatedAt: ctx.now,
      updatedBy: ctx.actor,
      list,
      key,
      labels: checked,
      order: nextVocabularyOrder(state.merged),
      hidden: false,
    });
    return key;
  });
}

/** Hidden entries are no longer offered; records that hold them keep their key and label. */
export async function setVocabularyEntryHidden(
  db: TrainDeskDatabase,
  list: VocabularyList,
  key: string,
  hidden: boolean,
  ctx: VocabularyWriteContext,
): Promise<void> {
  await db.transaction('rw', [db.vocabularies], async () => {
    const state = await readList(db, list);
    const entry = entryOf(state, key);
    if (entry.hidden === hidden) return;
    await db.vocabularies.put(nextRow(list, state, entry, { hidden }, ctx));
  });
}

export async function moveVocabularyEntry(
  db: TrainDeskDatabase,
  list: VocabularyList,
  key: string,
  direction: -1 | 1,
  ctx: VocabularyWriteContext,
): Promise<void> {
  await db.transaction('rw', [db.vocabularies], async () => {
    const state = await readList(db, list);
    entryOf(state, key);
    const changes = planVocabularyMove(state.merged, key, direction);
    await db.vocabularies.bulkPut(
      changes.map((change) => nextRow(list, state, entryOf(state, change.key), { order: change.order }, ctx)),
    );
  });
}
