import { z } from 'zod';
import { attachmentRefSchema, type AttachmentRef } from './attachment';
import { maskSensitive, type MaskedItem } from './masking';
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
  /** 1 (easy) – 5 (hard), see DIFFICULTIES. */
  difficulty: number;
  /** Departments involved, named as in the people registry (客户服务部, …). */
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

export const DIFFICULTIES = [1, 2, 3, 4, 5] as const;

const text = (max: number) => z.string().trim().max(max, 'validation.tooLong');

/** What the case form accepts. Messages are i18n keys. */
export const caseInputSchema = z.object({
  title: text(120).min(1, 'validation.required'),
  complaintType: z.enum(COMPLAINT_TYPES),
  difficulty: z.number().int().min(1).max(5),
  departments: z.array(text(60).min(1)).max(20, 'validation.tooLong'),
  background: text(5000),
  process: z.object(
    Object.fromEntries(HANDLING_STEPS.map((s) => [s, text(2000)])) as Record<
      HandlingStep,
      ReturnType<typeof text>
    >,
  ),
  solution: text(5000),
  customerFeedback: text(5000),
  lessonsLearnt: text(5000),
  attachments: z.array(attachmentRefSchema).max(100),
});
export type CaseInput = z.input<typeof caseInputSchema>;
export type CaseFields = z.output<typeof caseInputSchema>;

export function emptyCaseInput(): CaseInput {
  return {
    title: '',
    complaintType: 'productQuality',
    difficulty: 3,
    departments: [],
    background: '',
    process: Object.fromEntries(HANDLING_STEPS.map((s) => [s, ''])) as Record<HandlingStep, string>,
    solution: '',
    customerFeedback: '',
    lessonsLearnt: '',
    attachments: [],
  };
}

export function caseInputFromCase(c: ComplaintCase): CaseInput {
  return {
    title: c.title,
    complaintType: c.complaintType,
    difficulty: c.difficulty,
    departments: [...c.departments],
    background: c.background,
    process: { ...c.process },
    solution: c.solution,
    customerFeedback: c.customerFeedback,
    lessonsLearnt: c.lessonsLearnt,
    attachments: [...c.attachments],
  };
}

/** The free-text fields of a case by path (`process.handle`, …): what is masked and what is searched. */
export type CaseTextField =
  'title' | 'background' | `process.${HandlingStep}` | 'solution' | 'customerFeedback' | 'lessonsLearnt';

export function caseTexts(
  c: Pick<CaseInput, 'title' | 'background' | 'process' | 'solution' | 'customerFeedback' | 'lessonsLearnt'>,
): [CaseTextField, string][] {
  return [
    ['title', c.title],
    ['background', c.background],
    ...HANDLING_STEPS.map((s): [CaseTextField, string] => [`process.${s}`, c.process[s]]),
    ['solution', c.solution],
    ['customerFeedback', c.customerFeedback],
    ['lessonsLearnt', c.lessonsLearnt],
  ];
}

export interface CaseMasking {
  input: CaseInput;
  found: (MaskedItem & { field: CaseTextField })[];
}

/**
 * Masks customer details in every free-text field of a case (保密: only masked text is ever stored),
 * and lists what it masked, field by field, for the warning shown before saving.
 */
export function maskCaseInput(input: CaseInput): CaseMasking {
  const found: CaseMasking['found'] = [];
  const masked = (field: CaseTextField, value: string) => {
    const result = maskSensitive(value);
    found.push(...result.found.map((f) => ({ ...f, field })));
    return result.text;
  };
  return {
    input: {
      ...input,
      title: masked('title', input.title),
      background: masked('background', input.background),
      process: Object.fromEntries(
        HANDLING_STEPS.map((s) => [s, masked(`process.${s}`, input.process[s])]),
      ) as Record<HandlingStep, string>,
      solution: masked('solution', input.solution),
      customerFeedback: masked('customerFeedback', input.customerFeedback),
      lessonsLearnt: masked('lessonsLearnt', input.lessonsLearnt),
    },
    found,
  };
}
