import { COURSE_CATEGORIES } from './catalog';
import { COURSE_LEVELS, DELIVERY_MODES, TEACHING_METHODS } from './course';
import type { RecordMeta } from './record';

/**
 * The editable lists course authoring uses. The app ships defaults (COURSE_CATEGORIES,
 * COURSE_LEVELS, DELIVERY_MODES, TEACHING_METHODS) labelled in the locale files; a stored entry
 * renames, hides, reorders or adds one, in both languages.
 */
export const VOCABULARY_LISTS = ['courseCategory', 'courseLevel', 'deliveryMode', 'teachingMethod'] as const;
export type VocabularyList = (typeof VOCABULARY_LISTS)[number];

export const VOCABULARY_LANGUAGES = ['zh-CN', 'en'] as const;
export type VocabularyLanguage = (typeof VOCABULARY_LANGUAGES)[number];
export type VocabularyLabels = Record<VocabularyLanguage, string>;

/** The keys each list ships with, in their shipped order; their labels live in the locale files. */
export const VOCABULARY_DEFAULT_KEYS: Record<VocabularyList, readonly string[]> = {
  courseCategory: COURSE_CATEGORIES,
  courseLevel: COURSE_LEVELS,
  deliveryMode: DELIVERY_MODES,
  teachingMethod: TEACHING_METHODS,
};

export interface VocabularyEntry extends RecordMeta {
  list: VocabularyList;
  /** A default's id, or a new id for an added entry; records store this key. */
  key: string;
  /**
   * The entry's labels. For a shipped entry an empty label means "the label the app ships in that
   * language", so a row written only to hide or move an entry still follows the locale files.
   */
  labels: VocabularyLabels;
  order: number;
  hidden: boolean;
}

/** A shipped entry with its labels read from the locale files. */
export interface VocabularyDefault {
  key: string;
  labels: VocabularyLabels;
}
