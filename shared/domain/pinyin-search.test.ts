import { describe, expect, it } from 'vitest';
import { nameSearchTokens, nameSortKey } from './pinyin-search';
import { normaliseSearchQuery } from './search-query';

const finds = (name: string, query: string) =>
  nameSearchTokens(name).some((t) => t.startsWith(normaliseSearchQuery(query)));

describe('finding a person by name or pinyin', () => {
  it.each(['zhw', 'zhangwei', 'zw', 'zhangw', 'zhan', '张', '张伟', '伟', 'wei', 'w', 'ZhangWei'])(
    'finds 张伟 by typing %s',
    (q) => expect(finds('张伟', q)).toBe(true),
  );

  it.each(['lw', 'wang', 'zhangx', 'wz'])('does not find 张伟 by typing %s', (q) => {
    expect(finds('张伟', q)).toBe(false);
  });

  it('reads a polyphonic surname as a surname', () => {
    expect(finds('曾小贤', 'zengxx')).toBe(true);
    expect(finds('单田芳', 'shantf')).toBe(true);
  });

  it('finds Latin names by word and initials, ignoring case', () => {
    expect(finds('John Smith', 'smi')).toBe(true);
    expect(finds('John Smith', 'js')).toBe(true);
    expect(finds('John Smith', 'johns')).toBe(true);
  });

  it('finds ü as v, the way pinyin keyboards type it', () => {
    expect(finds('吕布', 'lvb')).toBe(true);
  });

  it('finds three-character names by given name and mixed typing', () => {
    for (const q of ['zhwm', 'zwm', 'zhangwm', 'weiming', 'wm', '伟明', 'zhangweim']) {
      expect(finds('张伟明', q), q).toBe(true);
    }
  });

  it('keeps the token count small: every token is an index entry written per person', () => {
    expect(nameSearchTokens('张伟明').length).toBeLessThanOrEqual(10);
    expect(nameSearchTokens('欧阳诸葛长孙司马').length).toBeLessThan(20);
  });

  it('sorts Chinese names by pinyin', () => {
    const names = ['张伟', '李娜', '王芳', 'Alice'];
    const sorted = [...names].sort((a, b) => nameSortKey(a).localeCompare(nameSortKey(b)));
    expect(sorted).toEqual(['Alice', '李娜', '王芳', '张伟']);
  });
});
