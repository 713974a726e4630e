import { z } from 'zod';
import { DomainError } from './errors';
import type { Charge, ChargeStatus } from './lending';

/**
 * Charges 赔偿 for lost or damaged copies: which status changes are allowed, receipt numbers, and
 * money as the office writes it (¥ with two decimals, and the amount in Chinese capitals 大写 on a
 * receipt). Amounts are integer fen throughout.
 */

/**
 * Where a charge may go from each status. Paid → reversed refunds a lost copy that turned up;
 * open → reversed cancels a charge made by mistake; a waived charge is final.
 */
export const CHARGE_TRANSITIONS: Readonly<Record<ChargeStatus, readonly ChargeStatus[]>> = {
  open: ['paid', 'waived', 'reversed'],
  paid: ['reversed'],
  waived: [],
  reversed: [],
};

export function canChangeCharge(from: ChargeStatus, to: ChargeStatus): boolean {
  return CHARGE_TRANSITIONS[from].includes(to);
}

/** Why a charge is waived or reversed: the record must say it. Messages are i18n keys. */
export const chargeNoteSchema = z.object({
  note: z.string().trim().min(1, 'validation.required').max(200, 'validation.tooLong'),
});
export type ChargeNoteInput = z.input<typeof chargeNoteSchema>;

export type ChargeChange =
  { to: 'paid'; now: number; receiptNo: string } | { to: 'waived' | 'reversed'; now: number; note: string };

/** The fields a status change writes; refuses a change the rules do not allow, or one without its reason. */
export function changeCharge(
  charge: Pick<Charge, 'status'>,
  change: ChargeChange,
): Pick<Charge, 'status' | 'paidAt' | 'receiptNo' | 'statusNote' | 'updatedAt'> {
  if (!canChangeCharge(charge.status, change.to)) {
    throw new DomainError('circulation:errors.chargeTransition', undefined, {
      from: charge.status,
      to: change.to,
    });
  }
  if (change.to === 'paid')
    return { status: 'paid', paidAt: change.now, receiptNo: change.receiptNo, updatedAt: change.now };
  const parsed = chargeNoteSchema.safeParse({ note: change.note });
  if (!parsed.success) throw new DomainError('circulation:errors.reasonRequired', 'note');
  return { status: change.to, statusNote: parsed.data.note, updatedAt: change.now };
}

/** The counter row that numbers a year's receipts (kept in the same transaction as the payment). */
export function receiptCounterKey(year: number): string {
  return `circulation.receipts.${year}`;
}

/** `R2026-000123`: the year and the receipt's number in that year. */
export function receiptNumber(year: number, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError(`bad receipt sequence ${sequence}`);
  return `R${year}-${String(sequence).padStart(6, '0')}`;
}
