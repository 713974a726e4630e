import { describe, expect, it } from 'vitest';
import { amountInCapitals, fenToYuanText, formatFen, parseYuan, yuanToFen } from './money';

describe('replacement cost in yuan', () => {
  it('becomes integer fen without floating-point slips', () => {
    expect(parseYuan('35')).toBe(3500);
    expect(parseYuan('35.5')).toBe(3550);
    expect(parseYuan('¥35.50')).toBe(3550);
    expect(parseYuan('￥ 0.29')).toBe(29);
    expect(parseYuan('1,280.10')).toBe(128010);
    expect(parseYuan('１２.３０元')).toBe(1230);
    expect(parseYuan('0')).toBe(0);
  });

  it('is refused when it is not money', () => {
    for (const bad of ['', 'abc', '-5', '1.234', '1,28', '12.', '.5', '1e3'])
      expect(parseYuan(bad), bad).toBeNull();
  });

  it('shows as yuan with two decimals', () => {
    expect(fenToYuanText(3550)).toBe('35.50');
    expect(fenToYuanText(7)).toBe('0.07');
    expect(formatFen(128010)).toBe('¥1,280.10');
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

describe('yuanToFen', () => {
  it('takes a typed yuan amount as whole fen', () => {
    expect(yuanToFen(45.5)).toBe(4550);
    expect(yuanToFen(0.1 + 0.2)).toBe(30);
    expect(yuanToFen(0)).toBe(0);
  });

  it('gives nothing for a blank or negative amount', () => {
    expect(yuanToFen(null)).toBeNull();
    expect(yuanToFen(undefined)).toBeNull();
    expect(yuanToFen(-1)).toBeNull();
  });
});
