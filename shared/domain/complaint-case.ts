import type { AttachmentRef } from './attachment';
import type { DeletedFlag, RecordMeta } from './record';

/** Complaint cases 投诉案例 of the shared case library 案例库 (DOMAIN.md "Curriculum"). */
export const COMPLAINT_TYPES = [
  'productQuality',
  'serviceQuality',
  'priceDispute',
  'afterSales',
  'other',
] as const;
export type ComplaintType = (typeof COMPLAINT_TYPES)[number];

/** The complaint-handling process: receive → record → classify → handle → feedback → follow-up → archive. */
export const HANDLING_STEPS = [
  'receive',
  'record',
  'classify',
  'handle',
  'feedback',
  'followUp',
  'archive',
] as const;
export type HandlingStep = (typeof HANDLING_STEPS)[number];

export interface ComplaintCase extends RecordMeta {
  title: string;
  complaintType: ComplaintType;
  /** 1 (easy) – 5 (hard). */
  difficulty: number;
  departments: string[];
  background: string;
  /** What was done at each step of the process; a step may be empty. */
  process: Record<HandlingStep, string>;
  solution: string;
  customerFeedback: string;
  lessonsLearnt: string;
  attachments: AttachmentRef[];
  del: DeletedFlag;
  titleKey: string;
  attachmentShas: string[];
}
