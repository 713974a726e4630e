import { describe, expect, it } from 'vitest';
import { cellText, dateText, excelSerialToDate, isDateFormat, numberText } from './spreadsheet-cell-text';

const utc = (iso: string) => new Date(`${iso}Z`);

describe('numbers read as the plain text Excel shows', () => {
  it('drops binary float noise past 15 significant digits', () => {
    expect(numberText(0.1 + 0.2)).toBe('0.3');
    expect(numberText(1.005 * 1000)).toBe('1005');
  });

  it('never writes an exponent', () => {
    expect(numberText(1e21)).toBe('1000000000000000000000');
    expect(numberText(1.5e22)).toBe('15000000000000000000000');
    expect(numberText(-2.5e-7)).toBe('-0.00000025');
    expect(numberText(1e-7)).toBe('0.0000001');
  });

  it('keeps ordinary numbers as they are', () => {
    expect(numberText(123)).toBe('123');
    expect(numberText(-45.6)).toBe('-45.6');
    expect(numberText(13800138000)).toBe('13800138000');
    expect(numberText(0)).toBe('0');
  });

  it('reads a number that is no number (a formula error) as empty', () => {
    expect(numberText(Number.NaN)).toBe('');
  });
});

describe('dates read as calendar dates', () => {
  it('recognises date and time formats, not number formats', () => {
    expect(isDateFormat('yyyy-mm-dd')).toBe(true);
    expect(isDateFormat('yyyy"年"m"月"d"日"')).toBe(true);
    expect(isDateFormat('h:mm')).toBe(true);
    expect(isDateFormat('0.00')).toBe(false);
    expect(isDateFormat('"¥"#,##0;[Red]-"¥"#,##0')).toBe(false);
    expect(isDateFormat('General')).toBe(false);
    expect(isDateFormat(undefined)).toBe(false);
  });

  it('shows a date as YYYY-MM-DD in UTC, whatever the machine time zone', () => {
    expect(dateText(utc('2024-03-05T00:00:00'), 'yyyy/m/d')).toBe('2024-03-05');
    expect(dateText(utc('2024-03-05T00:00:00'), undefined)).toBe('2024-03-05');
  });

  it('adds the time only where the format shows it', () => {
    expect(dateText(utc('2024-03-05T09:30:00'), 'yyyy-mm-dd')).toBe('2024-03-05');
    expect(dateText(utc('2024-03-05T09:30:00'), 'yyyy-mm-dd hh:mm')).toBe('2024-03-05 09:30');
    expect(dateText(utc('2024-03-05T09:30:15'), 'yyyy-mm-dd hh:mm:ss')).toBe('2024-03-05 09:30:15');
  });

  it('shows a time-only cell as the time', () => {
    expect(dateText(excelSerialToDate(9.5 / 24, false), 'h:mm')).toBe('09:30');
  });

  it('rounds away the millisecond that day fractions lose', () => {
    expect(dateText(utc('2024-03-05T09:29:59.999'), 'hh:mm')).toBe('09:30');
  });

  it('converts serial day numbers in both of Excel date systems', () => {
    expect(dateText(excelSerialToDate(45356, false), 'yyyy-mm-dd')).toBe('2024-03-05');
    expect(dateText(excelSerialToDate(43894, true), 'yyyy-mm-dd')).toBe('2024-03-05');
  });
});

describe('cells read as text', () => {
  it('flattens rich text and trims', () => {
    expect(
      cellText({ richText: [{ text: ' 张' }, { text: '伟 ', font: { bold: true } }] }, undefined, false),
    ).toBe('张伟');
  });

  it('reads a formula as its last result, a date result as a date', () => {
    expect(cellText({ formula: 'A1+1', result: 2 }, 'General', false)).toBe('2');
    expect(cellText({ formula: 'TODAY()', result: 45356 }, 'yyyy-mm-dd', false)).toBe('2024-03-05');
    expect(cellText({ formula: 'A1&B1', result: '张伟' }, undefined, false)).toBe('张伟');
    expect(cellText({ formula: 'A1' }, undefined, false)).toBe('');
  });

  it('reads booleans, errors and hyperlinks as Excel shows them', () => {
    expect(cellText(true, undefined, false)).toBe('TRUE');
    expect(cellText({ error: '#N/A' }, undefined, false)).toBe('#N/A');
    expect(cellText({ text: '官网', hyperlink: 'https://example.com' }, undefined, false)).toBe('官网');
  });

  it('keeps a number typed as text as text', () => {
    expect(cellText('00123', '@', false)).toBe('00123');
  });
});
