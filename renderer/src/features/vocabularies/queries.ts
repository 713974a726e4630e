import type { VocabularyEntry, VocabularyList } from '../../../../shared/domain/vocabulary';
import { mergeVocabulary, type MergedVocabularyEntry } from '../../../../shared/domain/vocabulary-merge';
import type { TrainDeskDatabase } from '../../db';
import { vocabularyDefaults } from './defaults';

/** A list's stored rows: a handful per list, read whole through its own index range. */
export function storedVocabulary(db: TrainDeskDatabase, list: VocabularyList): Promise<VocabularyEntry[]> {
  return db.vocabularies.where('[list+order]').between([list, -Infinity], [list, Infinity]).toArray();
}

export async function readVocabulary(
  db: TrainDeskDatabase,
  list: VocabularyList,
): Promise<MergedVocabularyEntry[]> {
  return mergeVocabulary(vocabularyDefaults(list), await storedVocabulary(db, list));
}
