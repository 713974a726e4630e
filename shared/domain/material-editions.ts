import { z } from 'zod';
import { attachmentRefSchema } from './attachment';
import { DomainError } from './errors';
import type { Edition, EditionStatus } from './material';
import { isCalendarDate } from './record';

/** What the publish form accepts; the number is never typed, it follows the last edition. */
export const editionInputSchema = z.object({
  date: z.string().trim().refine(isCalendarDate, 'validation.date'),
  changeNote: z.string().trim().max(2000, 'validation.tooLong'),
  files: z.array(attachmentRefSchema).max(100),
});
export type EditionInput = z.input<typeof editionInputSchema>;

export type EditionState = Pick<Edition, 'id' | 'number' | 'date' | 'status'>;

export interface StatusChange {
  id: string;
  status: EditionStatus;
}

export interface PublishPlan {
  number: number;
  /** Editions whose status changes: the previous current one becomes superseded. */
  changes: StatusChange[];
}

/**
 * Publishing a new edition: it takes the next number after every edition ever published (withdrawn
 * ones too, so a number never means two editions), becomes the current one, and the previous current
 * edition becomes superseded. Its date may not come before the latest edition's date. A change note
 * is required from the second edition on: readers need to know what changed.
 */
export function publishEdition(existing: readonly EditionState[], input: EditionInput): PublishPlan {
  const parsed = editionInputSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DomainError(issue.message, String(issue.path[0] ?? ''));
  }
  const last = existing.reduce<EditionState | null>((a, e) => (a && a.number > e.number ? a : e), null);
  if (last && parsed.data.date < last.date) {
    throw new DomainError('materials:errors.dateBeforePrevious', 'date', { date: last.date });
  }
  if (last && !parsed.data.changeNote) {
    throw new DomainError('materials:errors.changeNoteRequired', 'changeNote');
  }
  return {
    number: (last?.number ?? 0) + 1,
    changes: existing.filter((e) => e.status === 'current').map((e) => ({ id: e.id, status: 'superseded' })),
  };
}

export interface WithdrawPlan {
  /** The edition to mark withdrawn. */
  id: string;
  /**
   * The material's current edition number afterwards. Withdrawing the current edition leaves the
   * material with no current edition (0): the superseded one before it was replaced for a reason, so
   * it is not brought back; publish a corrected edition instead.
   */
  currentEdition: number;
  reason: string;
}

/** Withdrawing an edition (errors found, outdated policy): needs a reason; a withdrawn one stays withdrawn. */
export function withdrawEdition(
  existing: readonly EditionState[],
  editionId: string,
  reason: string,
): WithdrawPlan {
  const edition = existing.find((e) => e.id === editionId);
  if (!edition) throw new DomainError('materials:errors.editionNotFound');
  if (edition.status === 'withdrawn') throw new DomainError('materials:errors.alreadyWithdrawn');
  const why = reason.trim();
  if (!why) throw new DomainError('validation.required', 'reason');
  if (why.length > 500) throw new DomainError('validation.tooLong', 'reason');
  const current = existing.find((e) => e.status === 'current' && e.id !== editionId);
  return { id: editionId, currentEdition: current?.number ?? 0, reason: why };
}
