import { describe, expect, it } from 'vitest';
import {
  amountInCapitals,
  canChangeCharge,
  changeCharge,
  formatFen,
  parseYuan,
  receiptCounterKey,
  receiptNumber,
} from './charges';
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

describe('money', () => {
  it('shows fen as yuan with two decimals and thousands separators', () => {
    expect(formatFen(0)).toBe('¥0.00');
    expect(formatFen(5)).toBe('¥0.05');
    expect(formatFen(4_850)).toBe('¥48.50');
    expect(formatFen(123_456_78)).toBe('¥123,456.78');
    expect(formatFen(-1_000)).toBe('-¥10.00');
  });

  it('reads typed yuan as fen, and refuses what is not an amount', () => {
    expect(parseYuan('12')).toBe(1_200);
    expect(parseYuan('12.5')).toBe(1_250);
    expect(parseYuan(' ¥1,234.05 ')).toBe(123_405);
    expect(parseYuan('￥0.3')).toBe(30);
    for (const bad of ['', 'abc', '1.234', '-5', '1e3', '12.']) expect(parseYuan(bad), bad).toBeNull();
  });

  it('writes the amount in Chinese capitals as a receipt does', () => {
    const cases: [number, string][] = [
      [0, '零元整'],
      [50, '伍角整'],
      [5, '伍分'],
      [4_850, '肆拾捌元伍角整'],
      [10_000, '壹佰元整'],
      [10_005, '壹佰元零伍分'],
      [12_345, '壹佰贰拾叁元肆角伍分'],
      [168_032, '壹仟陆佰捌拾元零叁角贰分'],
      [140_950, '壹仟肆佰零玖元伍角整'],
      [600_714, '陆仟零柒元壹角肆分'],
      [1_000, '壹拾元整'],
      [100_500_00, '壹拾万零伍佰元整'],
      [10_700_053, '壹拾万柒仟元零伍角叁分'],
      [100_000_001_00, '壹亿零壹元整'],
      [1_000_000_000_00, '壹拾亿元整'],
    ];
    for (const [fen, words] of cases) expect(amountInCapitals(fen), String(fen)).toBe(words);
  });
});
