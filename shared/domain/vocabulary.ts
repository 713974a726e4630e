import type { RecordMeta } from './record';

/**
 * The editable lists course authoring uses. The app ships defaults (COURSE_CATEGORIES,
 * COURSE_LEVELS, DELIVERY_MODES, TEACHING_METHODS) labelled in the locale files; a stored entry
 * renames, hides or adds one, in both languages.
 */
export const VOCABULARY_LISTS = ['courseCategory', 'courseLevel', 'deliveryMode', 'teachingMethod'] as const;
export type VocabularyList = (typeof VOCABULARY_LISTS)[number];

export interface VocabularyEntry extends RecordMeta {
  list: VocabularyList;
  /** A default's id, or a new id for an added entry; records store this key. */
  key: string;
  labels: { 'zh-CN': string; en: string };
  order: number;
  hidden: boolean;
}
