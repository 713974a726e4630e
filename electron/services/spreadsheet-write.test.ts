import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { columnWidths, csvText, safeSheetName, writeCsv, writeXlsx } from './spreadsheet-write';

describe('sheet names', () => {
  it('replaces the characters Excel refuses', () => {
    expect(safeSheetName('2024/06 [考勤]: a*b?c\\d')).toBe('2024_06 _考勤__ a_b_c_d');
  });

  it('drops apostrophes at either end and never leaves the name empty', () => {
    expect(safeSheetName("'成绩'")).toBe('成绩');
    expect(safeSheetName("''")).toBe('Sheet1');
  });

  it('avoids the name Excel reserves for change tracking', () => {
    expect(safeSheetName('History')).toBe('History_');
    expect(safeSheetName('history')).toBe('history_');
  });
});

describe('column widths', () => {
  it('count Chinese characters double and fit the widest cell', () => {
    expect(
      columnWidths(
        ['工号', '所属部门名称'],
        [
          ['E1', '客服部'],
          ['E100001', null],
        ],
      ),
    ).toEqual([9, 14]);
  });

  it('stay within a usable range', () => {
    expect(columnWidths(['a', 'b'], [[1, 'x'.repeat(500)]])).toEqual([8, 60]);
  });
});

describe('CSV text', () => {
  it('writes numbers without exponent or float noise, and null as empty', () => {
    expect(csvText({ headers: ['a', 'b', 'c'], rows: [[1e21, 0.1 + 0.2, null]] })).toBe(
      '\uFEFFa,b,c\r\n1000000000000000000000,0.3,',
    );
  });
});

describe('writing a file that cannot be written', () => {
  const missing = path.join(os.tmpdir(), `traindesk-missing-${process.pid}`, 'out');
  const table = {
    sheetName: '人员',
    headers: ['工号'],
    rows: Array.from({ length: 5_000 }, (_, i) => [`E${i}`]),
  };

  it('rejects instead of taking the process down', async () => {
    await expect(writeXlsx(`${missing}.xlsx`, table)).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(writeCsv(`${missing}.csv`, table)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
