import type { AttachmentRef } from './attachment';
import type { DeletedFlag, RecordMeta } from './record';

/** Training materials 培训教材与资料 and their editions 版次. Lending (copies) points at material and edition ids. */
export const MATERIAL_TYPES = ['textbook', 'handout', 'caseCollection', 'slides', 'video', 'other'] as const;
export type MaterialType = (typeof MATERIAL_TYPES)[number];

export const EDITION_STATUSES = ['current', 'superseded', 'withdrawn'] as const;
export type EditionStatus = (typeof EDITION_STATUSES)[number];

export interface Material extends RecordMeta {
  title: string;
  type: MaterialType;
  authors: string[];
  /** Id from the editable course-category list. */
  category: string;
  description: string;
  /** Number of the current edition, 0 before the first. */
  currentEdition: number;
  del: DeletedFlag;
  titleKey: string;
}

export interface Edition extends RecordMeta {
  materialId: string;
  number: number;
  /** Calendar date `YYYY-MM-DD`. */
  date: string;
  files: AttachmentRef[];
  changeNote: string;
  status: EditionStatus;
  attachmentShas: string[];
}
