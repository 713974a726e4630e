import { describe, expect, it } from 'vitest';
import { yuanToFen } from './money';

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
