import { describe, expect, it } from 'vitest';
import type { CopyStatus } from './lending';
import {
  coversLocation,
  locationRanges,
  normaliseScan,
  parseLocations,
  stocktakeReport,
  type StocktakeFacts,
} from './stocktake';

const copy = (barcode: string, location: string, status: CopyStatus = 'available', loanId?: string) => ({
  id: `id-${barcode}`,
  barcode,
  title: '投诉处理实务',
  editionNumber: 2,
  location,
  status,
  ...(loanId ? { loanId } : {}),
});

describe('scans and locations', () => {
  it('drops what a scanner adds around a code', () => {
    expect(normaliseScan(' C000123\r\n')).toBe('C000123');
    expect(normaliseScan('\tC000124')).toBe('C000124');
    expect(normaliseScan('   ')).toBe('');
  });

  it('reads typed locations once each, separated by commas, 、 or spaces', () => {
    expect(parseLocations('A-01, A-02、B  A-01；C')).toEqual(['A-01', 'A-02', 'B', 'C']);
    expect(parseLocations('  ')).toEqual([]);
  });

  it('covers a location by its start, and every location when none is named', () => {
    expect(coversLocation(['A-03'], 'A-03-2')).toBe(true);
    expect(coversLocation(['A-03'], 'A-04-1')).toBe(false);
    expect(coversLocation([], 'anything')).toBe(true);
  });

  it('reads a location once when a shorter one covers it', () => {
    expect(locationRanges(['A-03-1', 'B', 'A', 'B'])).toEqual(['A', 'B']);
  });
});

describe('the stocktake report', () => {
  const facts = (over: Partial<StocktakeFacts>): StocktakeFacts => ({
    locations: ['A'],
    expected: [],
    scanned: [],
    scannedCopies: [],
    loans: new Map(),
    ...over,
  });

  it('lists copies that should be on the shelf but were not scanned, by shelf', () => {
    const expected = [copy('C3', 'A-02'), copy('C1', 'A-01', 'onHoldShelf'), copy('C2', 'A-01')];
    const report = stocktakeReport(facts({ expected, scanned: ['C2'], scannedCopies: [expected[2]!] }));
    expect(report.missing.map((l) => l.barcode)).toEqual(['C1', 'C3']);
    expect(report.notOnShelf).toEqual([]);
    expect(report.unknown).toEqual([]);
  });

  it('lists scanned copies the records say are out, with who has them', () => {
    const onLoan = copy('C9', 'A-01', 'onLoan', 'loan-9');
    const lost = copy('C8', 'B-01', 'lost');
    const report = stocktakeReport(
      facts({
        scanned: ['C9', 'C8'],
        scannedCopies: [onLoan, lost],
        loans: new Map([['loan-9', { borrowerName: '张伟', dueDate: '2026-03-02' }]]),
      }),
    );
    expect(report.notOnShelf).toEqual([
      expect.objectContaining({
        barcode: 'C9',
        status: 'onLoan',
        borrowerName: '张伟',
        dueDate: '2026-03-02',
      }),
      expect.objectContaining({ barcode: 'C8', status: 'lost' }),
    ]);
    expect(report.notOnShelf[1]).not.toHaveProperty('borrowerName');
  });

  it('lists unknown barcodes and copies found outside the covered locations', () => {
    const elsewhere = copy('C5', 'B-07');
    const report = stocktakeReport(facts({ scanned: ['X1', 'C5'], scannedCopies: [elsewhere] }));
    expect(report.unknown).toEqual(['X1']);
    expect(report.misplaced.map((l) => l.barcode)).toEqual(['C5']);
  });

  it('finds nothing to report when every expected copy was scanned', () => {
    const expected = [copy('C1', 'A-01'), copy('C2', 'A-02')];
    expect(stocktakeReport(facts({ expected, scanned: ['C1', 'C2'], scannedCopies: expected }))).toEqual({
      missing: [],
      notOnShelf: [],
      misplaced: [],
      unknown: [],
    });
  });
});
