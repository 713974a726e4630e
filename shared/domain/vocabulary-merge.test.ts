import { describe, expect, it } from 'vitest';
import type { VocabularyDefault } from './vocabulary';
import { mergeVocabulary, vocabularyLabel } from './vocabulary-merge';

const defaults: VocabularyDefault[] = [
  { key: 'basic', labels: { 'zh-CN': '基础课程', en: 'Basic course' } },
  { key: 'advanced', labels: { 'zh-CN': '进阶课程', en: 'Advanced course' } },
];

const row = (
  key: string,
  order: number,
  fields: Partial<{ zh: string; en: string; hidden: boolean }> = {},
) => ({
  key,
  order,
  labels: { 'zh-CN': fields.zh ?? '', en: fields.en ?? '' },
  hidden: fields.hidden ?? false,
});

describe('mergeVocabulary', () => {
  it('gives the shipped entries in shipped order when nothing is stored', () => {
    expect(mergeVocabulary(defaults, [])).toEqual([
      { key: 'basic', labels: defaults[0]!.labels, hidden: false, order: 0, shipped: true, stored: false },
      { key: 'advanced', labels: defaults[1]!.labels, hidden: false, order: 1, shipped: true, stored: false },
    ]);
  });

  it('renames a shipped entry per language; an empty stored label keeps following the locale files', () => {
    const [basic] = mergeVocabulary(defaults, [row('basic', 0, { zh: '入门课程' })]);
    expect(basic).toMatchObject({
      labels: { 'zh-CN': '入门课程', en: 'Basic course' },
      stored: true,
      shipped: true,
    });
  });

  it('hides, moves and adds entries', () => {
    const merged = mergeVocabulary(defaults, [
      row('custom', 0.5, { zh: '管理课程', en: 'Management course' }),
      row('advanced', -1, { hidden: true }),
    ]);
    expect(merged.map((e) => [e.key, e.hidden, e.shipped])).toEqual([
      ['advanced', true, true],
      ['basic', false, true],
      ['custom', false, false],
    ]);
  });

  it('does not depend on the order rows were read in when orders tie', () => {
    const rows = [row('b-added', 1, { zh: '乙', en: 'B' }), row('a-added', 1, { zh: '甲', en: 'A' })];
    const keys = (r: typeof rows) => mergeVocabulary(defaults, r).map((e) => e.key);
    expect(keys(rows)).toEqual(['basic', 'advanced', 'a-added', 'b-added']);
    expect(keys([...rows].reverse())).toEqual(keys(rows));
  });
});

describe('vocabularyLabel', () => {
  it('uses the wanted language and falls back to the other one', () => {
    expect(vocabularyLabel({ 'zh-CN': '沟通技巧', en: 'Communication' }, 'en')).toBe('Communication');
    expect(vocabularyLabel({ 'zh-CN': '沟通技巧', en: '' }, 'en')).toBe('沟通技巧');
    expect(vocabularyLabel({ 'zh-CN': '', en: 'Communication' }, 'zh-CN')).toBe('Communication');
  });
});
