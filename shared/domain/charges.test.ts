import { describe, expect, it } from 'vitest';
import { canChangeCharge, changeCharge, receiptCounterKey, receiptNumber } from './charges';
import { CHARGE_STATUSES } from './lending';

describe('charge status changes', () => {
  it('lets an open charge be paid, waived or reversed', () => {
    expect(canChangeCharge('open', 'paid')).toBe(true);
    expect(canChangeCharge('open', 'waived')).toBe(true);
    expect(canChangeCharge('open', 'reversed')).toBe(true);
  });

  it('lets a paid charge only be reversed (a refund when the lost copy turns up)', () => {
    expect(CHARGE_STATUSES.filter((to) => canChangeCharge('paid', to))).toEqual(['reversed']);
  });

  it('keeps waived and reversed charges final', () => {
    for (const to of CHARGE_STATUSES) {
      expect(canChangeCharge('waived', to), `waived → ${to}`).toBe(false);
      expect(canChangeCharge('reversed', to), `reversed → ${to}`).toBe(false);
    }
  });

  it('records when it was paid and the receipt number', () => {
    expect(changeCharge({ status: 'open' }, { to: 'paid', now: 5_000, receiptNo: 'R2026-000001' })).toEqual({
      status: 'paid',
      paidAt: 5_000,
      receiptNo: 'R2026-000001',
      updatedAt: 5_000,
    });
  });

  it('keeps the reason of a waiver, trimmed', () => {
    expect(
      changeCharge({ status: 'open' }, { to: 'waived', now: 7, note: '  首次损坏，部门负责人同意减免 ' }),
    ).toEqual({
      status: 'waived',
      statusNote: '首次损坏，部门负责人同意减免',
      updatedAt: 7,
    });
  });

  it('refuses a waiver or reversal without a reason', () => {
    expect(() => changeCharge({ status: 'open' }, { to: 'waived', now: 1, note: '   ' })).toThrow(
      expect.objectContaining({ code: 'circulation:errors.reasonRequired', field: 'note' }),
    );
    expect(() => changeCharge({ status: 'paid' }, { to: 'reversed', now: 1, note: '' })).toThrow(
      expect.objectContaining({ code: 'circulation:errors.reasonRequired' }),
    );
  });

  it('refuses paying twice and touching a waived charge, naming both statuses', () => {
    expect(() => changeCharge({ status: 'paid' }, { to: 'paid', now: 1, receiptNo: 'R2026-000002' })).toThrow(
      expect.objectContaining({
        code: 'circulation:errors.chargeTransition',
        params: { from: 'paid', to: 'paid' },
      }),
    );
    expect(() => changeCharge({ status: 'waived' }, { to: 'reversed', now: 1, note: '找到了' })).toThrow(
      expect.objectContaining({ params: { from: 'waived', to: 'reversed' } }),
    );
  });
});

describe('receipt numbers', () => {
  it('are the year and a six-digit number', () => {
    expect(receiptNumber(2026, 123)).toBe('R2026-000123');
    expect(receiptNumber(2027, 1)).toBe('R2027-000001');
    expect(receiptNumber(2026, 1_234_567)).toBe('R2026-1234567');
  });

  it('count per year', () => {
    expect(receiptCounterKey(2026)).not.toBe(receiptCounterKey(2027));
  });

  it('refuses a sequence that is not a positive whole number', () => {
    expect(() => receiptNumber(2026, 0)).toThrow(RangeError);
    expect(() => receiptNumber(2026, 1.5)).toThrow(RangeError);
  });
});
