import type { DeletedFlag, RecordMeta } from './record';

/** The question bank 题库. */
export const QUESTION_TYPES = ['single', 'multiple', 'trueFalse', 'fillBlank', 'shortAnswer'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export interface QuestionOption {
  /** Stable within the question (A, B, … as first written), so answers survive shuffling. */
  key: string;
  text: string;
}

/** What a question says and how it is answered; frozen whole into every version and attempt. */
export interface QuestionContent {
  type: QuestionType;
  stem: string;
  /** single/multiple: the choices; other types: empty. */
  options: QuestionOption[];
  /**
   * single: [optionKey]; multiple: the correct option keys; trueFalse: ['true'] or ['false'];
   * fillBlank: the accepted answers (any one of them is right); shortAnswer: a model answer (graded by hand).
   */
  answer: string[];
  explanation: string;
}

export interface Question extends RecordMeta, QuestionContent {
  /** Id from the editable course-category list. */
  category: string;
  tags: string[];
  /** 1 (easy) – 5 (hard). */
  difficulty: number;
  /** Current version; editing a version an attempt used starts the next one (see questionVersions). */
  version: number;
  /** Highest version any attempt used, 0 if none. */
  usedVersion: number;
  del: DeletedFlag;
  /**
   * Keys the random rules of tests read (multi-entry index): `type|difficulty|` for every question and
   * `type|difficulty|tag` per tag, `type|difficulty|@category` for the category. A rule is then a few
   * exact index lookups of primary keys, never a read of the questions themselves. Empty while the
   * question is deleted, so that no rule draws it.
   */
  ruleKeys: string[];
}

/** A frozen earlier version of a question, kept because an attempt used it. */
export interface QuestionVersion extends QuestionContent {
  id: string;
  questionId: string;
  version: number;
  category: string;
  tags: string[];
  difficulty: number;
  frozenAt: number;
}
