import { z } from 'zod';
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
  /** Number of the current edition, 0 before the first and after the current one is withdrawn. */
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
  /** Why a withdrawn edition was withdrawn (errors found, outdated policy …); set with status 'withdrawn'. */
  withdrawnReason?: string;
  /** When it was withdrawn (epoch ms). */
  withdrawnAt?: number;
  attachmentShas: string[];
}

const text = (max: number) => z.string().trim().max(max, 'validation.tooLong');

/** What the material form accepts. Messages are i18n keys. */
export const materialInputSchema = z.object({
  title: text(120).min(1, 'validation.required'),
  type: z.enum(MATERIAL_TYPES),
  authors: z.array(text(60).min(1)).max(20, 'validation.tooLong'),
  category: z.string().trim().min(1, 'validation.required').max(60),
  description: text(2000),
});
export type MaterialInput = z.input<typeof materialInputSchema>;
export type MaterialFields = z.output<typeof materialInputSchema>;

export function emptyMaterialInput(): MaterialInput {
  return { title: '', type: 'textbook', authors: [], category: '', description: '' };
}

export function materialInputFromFields(m: Material): MaterialInput {
  return {
    title: m.title,
    type: m.type,
    authors: [...m.authors],
    category: m.category,
    description: m.description,
  };
}

/** What the full-text index holds of a material: title, authors and description. */
export function materialSearchTexts(m: Pick<Material, 'title' | 'authors' | 'description'>): string[] {
  return [m.title, m.authors.join(' '), m.description];
}
