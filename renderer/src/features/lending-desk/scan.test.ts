import { describe, expect, it } from 'vitest';
import { normaliseScan, ScanQueue } from './scan';

describe('normaliseScan', () => {
  it('keeps a code as printed, without the spaces and line ends around it', () => {
    expect(normaliseScan('  E1001\r\n')).toBe('E1001');
    expect(normaliseScan('td-000123')).toBe('td-000123');
  });

  it('reads the full-width characters a Chinese input method turns a scan into', () => {
    expect(normaliseScan('Ｅ１００１')).toBe('E1001');
    expect(normaliseScan('\u3000ＴＤ－０００１２３\u3000')).toBe('TD-000123');
  });

  it('drops control characters some scanners add before or inside a code', () => {
    expect(normaliseScan('\u001d0104\u001d123\t')).toBe('0104123');
  });

  it('ignores an empty scan', () => {
    expect(normaliseScan('')).toBeNull();
    expect(normaliseScan(' \t\u3000 ')).toBeNull();
  });
});

describe('ScanQueue', () => {
  it('handles scans one at a time in the order they came, even when an earlier one is slower', async () => {
    const log: string[] = [];
    const queue = new ScanQueue();
    const scan = (code: string) => async () => {
      log.push(`start ${code}`);
      await new Promise((r) => setTimeout(r, code === 'A' ? 20 : 1));
      log.push(`end ${code}`);
    };
    await Promise.all([queue.push(scan('A')), queue.push(scan('B'))]);
    expect(log).toEqual(['start A', 'end A', 'start B', 'end B']);
  });

  it('goes on with the next scan after one fails', async () => {
    const done: string[] = [];
    const queue = new ScanQueue();
    const refused = queue.push(async () => {
      throw new Error('refused');
    });
    const next = queue.push(async () => {
      done.push('good');
    });
    await expect(refused).rejects.toThrow('refused');
    await next;
    expect(done).toEqual(['good']);
  });
});
