import { describe, expect, it } from 'vitest';
import type { VocabularyDefault } from './vocabulary';
import { mergeVocabulary } from './vocabulary-merge';
import {
  checkVocabularyLabels,
  labelsToStore,
  nextVocabularyOrder,
  planVocabularyMove,
  VOCABULARY_LABEL_MAX,
  vocabularyLabelsSchema,
} from './vocabulary-rules';

const defaults: VocabularyDefault[] = [
  { key: 'lecture', labels: { 'zh-CN': '集中授课', en: 'Lecture' } },
  { key: 'rolePlay', labels: { 'zh-CN': '角色扮演', en: 'Role-play' } },
  { key: 'caseStudy', labels: { 'zh-CN': '案例分析', en: 'Case study' } },
];
const entries = mergeVocabulary(defaults, [
  { key: 'hiddenOne', order: 3, hidden: true, labels: { 'zh-CN': '旧方法', en: 'Old method' } },
]);

describe('checkVocabularyLabels', () => {
  it('accepts new names and returns them trimmed', () => {
    expect(checkVocabularyLabels(entries, { 'zh-CN': ' 现场观摩 ', en: ' Site visit' })).toEqual({
      'zh-CN': '现场观摩',
      en: 'Site visit',
    });
  });

  it('requires both languages', () => {
    expect(() => checkVocabularyLabels(entries, { 'zh-CN': '现场观摩', en: '  ' })).toThrow(
      expect.objectContaining({ code: 'settings:lists.errors.labelRequired', field: 'labels.en' }),
    );
  });

  it('refuses a name another entry has, ignoring case and spacing, hidden entries included', () => {
    expect(() => checkVocabularyLabels(entries, { 'zh-CN': '新的', en: 'role-PLAY ' })).toThrow(
      expect.objectContaining({ code: 'settings:lists.errors.labelTaken', field: 'labels.en' }),
    );
    expect(() => checkVocabularyLabels(entries, { 'zh-CN': '旧方法', en: 'New' })).toThrow(
      expect.objectContaining({ code: 'settings:lists.errors.labelTaken', field: 'labels.zh-CN' }),
    );
  });

  it('lets an entry keep its own name when renamed', () => {
    expect(
      checkVocabularyLabels(entries, { 'zh-CN': '集中授课', en: 'Classroom lecture' }, 'lecture'),
    ).toEqual({
      'zh-CN': '集中授课',
      en: 'Classroom lecture',
    });
  });

  it('refuses a name that is too long', () => {
    expect(() =>
      checkVocabularyLabels(entries, { 'zh-CN': '长'.repeat(VOCABULARY_LABEL_MAX + 1), en: 'x' }),
    ).toThrow(
      expect.objectContaining({
        code: 'settings:lists.errors.labelTooLong',
        params: { max: VOCABULARY_LABEL_MAX },
      }),
    );
  });
});

describe('vocabularyLabelsSchema', () => {
  it('gives i18n keys for the form', () => {
    const result = vocabularyLabelsSchema.safeParse({ 'zh-CN': '', en: 'ok' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({
      path: ['zh-CN'],
      message: 'settings:lists.errors.labelRequired',
    });
  });
});

describe('labelsToStore', () => {
  it('stores a shipped label unchanged as empty, so it keeps following the locale files', () => {
    expect(labelsToStore(defaults[0], { 'zh-CN': '集中授课', en: 'Classroom lecture' })).toEqual({
      'zh-CN': '',
      en: 'Classroom lecture',
    });
    expect(labelsToStore(undefined, { 'zh-CN': '现场观摩', en: 'Site visit' })).toEqual({
      'zh-CN': '现场观摩',
      en: 'Site visit',
    });
  });
});

describe('planVocabularyMove', () => {
  it('swaps with the neighbour and renumbers only what changes', () => {
    expect(planVocabularyMove(entries, 'caseStudy', -1)).toEqual([
      { key: 'caseStudy', order: 1 },
      { key: 'rolePlay', order: 2 },
    ]);
    expect(planVocabularyMove(entries, 'lecture', 1)).toEqual([
      { key: 'rolePlay', order: 0 },
      { key: 'lecture', order: 1 },
    ]);
  });

  it('does nothing at either end of the list or for an unknown key', () => {
    expect(planVocabularyMove(entries, 'lecture', -1)).toEqual([]);
    expect(planVocabularyMove(entries, 'hiddenOne', 1)).toEqual([]);
    expect(planVocabularyMove(entries, 'nope', 1)).toEqual([]);
  });

  it('renumbers a list whose orders had gaps', () => {
    const gappy = mergeVocabulary(defaults, [
      { key: 'x', order: 10, hidden: false, labels: { 'zh-CN': '甲', en: 'A' } },
    ]);
    expect(planVocabularyMove(gappy, 'x', -1)).toEqual([
      { key: 'x', order: 2 },
      { key: 'caseStudy', order: 3 },
    ]);
  });
});

describe('nextVocabularyOrder', () => {
  it('puts a new entry after every other one', () => {
    expect(nextVocabularyOrder(entries)).toBe(4);
    expect(nextVocabularyOrder([])).toBe(0);
  });
});
