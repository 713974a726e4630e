import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { VocabularyList } from '../../../../shared/domain/vocabulary';
import {
  mergeVocabulary,
  vocabularyLabel,
  type MergedVocabularyEntry,
} from '../../../../shared/domain/vocabulary-merge';
import { useSession } from '../../app/session';
import { db } from '../../db';
import { vocabularyDefaults } from './defaults';
import { storedVocabulary } from './queries';

export interface VocabularyOption {
  key: string;
  /** In the current language. */
  label: string;
  hidden: boolean;
}

export interface Vocabulary {
  /** Every entry in list order, hidden ones included (flagged), labelled in the current language. */
  entries: VocabularyOption[];
  /** The label of a key in the current language; a key no list knows is shown as it is. */
  labelOf(key: string): string;
}

/** Shipped defaults and stored changes merged; shows the defaults until the stored rows are read. */
export function useMergedVocabulary(list: VocabularyList): MergedVocabularyEntry[] {
  const stored = useLiveQuery(() => storedVocabulary(db, list), [list]);
  return useMemo(() => mergeVocabulary(vocabularyDefaults(list), stored ?? []), [list, stored]);
}

export function useVocabulary(list: VocabularyList): Vocabulary {
  const { language } = useSession();
  const merged = useMergedVocabulary(list);
  return useMemo(() => {
    const entries = merged.map((e) => ({
      key: e.key,
      label: vocabularyLabel(e.labels, language),
      hidden: e.hidden,
    }));
    const labels = new Map(entries.map((e) => [e.key, e.label]));
    return { entries, labelOf: (key: string) => labels.get(key) ?? key };
  }, [merged, language]);
}
