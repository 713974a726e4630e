import { describe, expect, it } from 'vitest';
import { choiceReader, dateCellText, listCellItems, yesNoCellValue } from './cell-text';

describe('reading dates the way sheets write them', () => {
  it.each([
    ['2021-05-10', '2021-05-10'],
    ['2021/5/10', '2021-05-10'],
    ['2021.05.1', '2021-05-01'],
    ['2021年5月10日', '2021-05-10'],
    ['2021-05-10 00:00', '2021-05-10'],
    ['2021-05-10T08:00:00', '2021-05-10'],
    [' 2021/05/10 ', '2021-05-10'],
    // A date cell the sheet did not format as a date arrives as Excel's serial day number.
    ['44326', '2021-05-10'],
    ['44326.5', '2021-05-10'],
    ['', ''],
  ])('%s → %s', (text, expected) => {
    expect(dateCellText(text)).toBe(expected);
  });

  it('leaves text it cannot read for the schema to refuse', () => {
    expect(dateCellText('10/05/2021')).toBe('10/05/2021');
    expect(dateCellText('next Monday')).toBe('next Monday');
    expect(dateCellText('20210510')).toBe('20210510');
  });
});

describe('reading choices', () => {
  const read = choiceReader({ active: ['在职', 'Active'], left: ['离职', 'Left'] });

  it('accepts the id and the labels in either language, ignoring case, width and spaces', () => {
    expect(read('在职')).toBe('active');
    expect(read(' ACTIVE ')).toBe('active');
    expect(read('left')).toBe('left');
    expect(read('离 职')).toBe('left');
  });

  it('answers undefined for anything else', () => {
    expect(read('休假')).toBeUndefined();
  });

  it('reads yes and no in Chinese and English, empty as no', () => {
    expect(['是', 'Yes', 'Y', 'true', '1', '√'].map(yesNoCellValue)).toEqual(Array(6).fill(true));
    expect(['否', 'no', 'N', 'FALSE', '0', ''].map(yesNoCellValue)).toEqual(Array(6).fill(false));
    expect(yesNoCellValue('也许')).toBeUndefined();
  });

  it('splits a list cell on Chinese and English separators', () => {
    expect(listCellItems('沟通技巧、投诉处理；团队协作')).toEqual(['沟通技巧', '投诉处理', '团队协作']);
    expect(listCellItems('a, b;c / d')).toEqual(['a', 'b', 'c', 'd']);
    expect(listCellItems('  ')).toEqual([]);
  });
});
