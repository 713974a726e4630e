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

/** `¥1,234.50` from 123450 fen. */
export function formatFen(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(Math.round(fen));
  const yuan = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}¥${yuan}.${String(abs % 100).padStart(2, '0')}`;
}

/** Fen from what a person types as yuan (`12`, `12.5`, `¥1,234.50`); null when it is not an amount. */
export function parseYuan(text: string): number | null {
  const cleaned = text
    .trim()
    .replace(/^[¥￥]/, '')
    .replace(/,/g, '');
  const match = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(cleaned);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const PLACES = ['', '拾', '佰', '仟'];
const SECTIONS = ['', '万', '亿', '万亿'];

/** 0–9999 in capitals, zeros inside read once (1005 → 壹仟零伍), none at the end (1500 → 壹仟伍佰). */
function sectionInCapitals(n: number): string {
  let out = '';
  let pendingZero = false;
  for (let place = 3; place >= 0; place--) {
    const digit = Math.floor(n / 10 ** place) % 10;
    if (digit === 0) {
      if (out) pendingZero = true;
      continue;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    out += DIGITS[digit]! + PLACES[place]!;
  }
  return out;
}

function yuanInCapitals(yuan: number): string {
  if (yuan === 0) return '';
  const sections: number[] = [];
  for (let rest = yuan; rest > 0; rest = Math.floor(rest / 10000)) sections.push(rest % 10000);
  let out = '';
  let zeroBefore = false;
  for (let i = sections.length - 1; i >= 0; i--) {
    const section = sections[i]!;
    if (section === 0) {
      if (out) zeroBefore = true;
      continue;
    }
    // A gap in the thousands of a section (10,0005 → 壹拾万零伍) is read as one zero.
    if (out && (zeroBefore || section < 1000)) out += '零';
    zeroBefore = false;
    out += sectionInCapitals(section) + SECTIONS[i]!;
  }
  return out;
}

/**
 * The amount in Chinese capitals as written on receipts (the People's Bank rules for filling in
 * vouchers): 123.45 → 壹佰贰拾叁元肆角伍分, 100 → 壹佰元整, 100.05 → 壹佰元零伍分.
 */
export function amountInCapitals(fen: number): string {
  if (!Number.isInteger(fen) || fen < 0) throw new RangeError(`bad amount ${fen}`);
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const cents = fen % 10;
  if (fen === 0) return '零元整';
  let out = yuan > 0 ? `${yuanInCapitals(yuan)}元` : '';
  if (jiao === 0 && cents === 0) return `${out}整`;
  if (yuan > 0 && (yuan % 10 === 0 || jiao === 0)) out += '零';
  if (jiao > 0) out += `${DIGITS[jiao]}角`;
  out += cents > 0 ? `${DIGITS[cents]}分` : '整';
  return out;
}
