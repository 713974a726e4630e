import { describe, expect, it } from 'vitest';
import {
  barcodeProblem,
  generatedBarcode,
  nextGeneratedBarcodes,
  normalizeBarcode,
  parseBarcodeLines,
} from './barcode';

describe('barcodes typed or scanned', () => {
  it('are trimmed, folded from full width and kept upper-case, so any way of typing finds the copy', () => {
    expect(normalizeBarcode('  td000123\t')).toBe('TD000123');
    expect(normalizeBarcode('ＴＤ０００１２３')).toBe('TD000123');
    expect(normalizeBarcode('lib-2019/07')).toBe('LIB-2019/07');
  });

  it('accept printable ASCII of 3 to 32 characters and say why others are refused', () => {
    expect(barcodeProblem('TD000123')).toBeNull();
    expect(barcodeProblem('A-1.2/3+$%')).toBeNull();
    expect(barcodeProblem('')).toBe('validation.required');
    expect(barcodeProblem('TD 0001')).toBe('copies:validation.barcodeChars');
    expect(barcodeProblem('条码001')).toBe('copies:validation.barcodeChars');
    expect(barcodeProblem('AB')).toBe('copies:validation.barcodeLength');
    expect(barcodeProblem('A'.repeat(33))).toBe('copies:validation.barcodeLength');
    expect(barcodeProblem('A'.repeat(32))).toBeNull();
  });
});

describe('generated barcodes', () => {
  it('are TD and a sequence of at least six digits', () => {
    expect(generatedBarcode(1)).toBe('TD000001');
    expect(generatedBarcode(999_999)).toBe('TD999999');
    expect(generatedBarcode(1_000_000)).toBe('TD1000000');
    expect(() => generatedBarcode(0)).toThrow(RangeError);
  });

  it('continue after the last number and skip barcodes someone typed onto other copies', async () => {
    const stored = new Set(['TD000012', 'TD000014']);
    const asked: string[][] = [];
    const result = await nextGeneratedBarcodes(10, 4, (candidates) => {
      asked.push(candidates);
      return new Set(candidates.filter((c) => stored.has(c)));
    });
    expect(result).toEqual({ barcodes: ['TD000011', 'TD000013', 'TD000015', 'TD000016'], lastSequence: 16 });
    // One question per round: four candidates, then the two that replace the taken ones.
    expect(asked).toEqual([
      ['TD000011', 'TD000012', 'TD000013', 'TD000014'],
      ['TD000015', 'TD000016'],
    ]);
  });
});

describe('a list of barcodes, one per line', () => {
  it('reads each line as a scanner types it, skipping blank lines', () => {
    expect(parseBarcodeLines('TD100001\r\n\n td100002 \nＴＤ100003\n')).toEqual({
      barcodes: ['TD100001', 'TD100002', 'TD100003'],
      problems: [],
    });
  });

  it('names the line of a bad barcode and of one given twice', () => {
    const list = parseBarcodeLines('TD100001\nTD 2\ntd100001\nX');
    expect(list.barcodes).toEqual(['TD100001']);
    expect(list.problems).toEqual([
      { line: 2, text: 'TD 2', message: 'copies:validation.barcodeChars' },
      {
        line: 3,
        text: 'TD100001',
        message: 'copies:validation.barcodeRepeated',
        params: { barcode: 'TD100001', line: 1 },
      },
      { line: 4, text: 'X', message: 'copies:validation.barcodeLength' },
    ]);
  });
});
