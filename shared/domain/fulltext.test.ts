import { describe, expect, it } from 'vitest';
import { htmlToText, parseFullTextQuery, textTokens } from './fulltext';

describe('full-text tokens', () => {
  it('cuts Chinese into overlapping two-character pieces', () => {
    expect(textTokens('投诉处理')).toEqual(['投诉', '诉处', '处理']);
  });

  it('keeps a lone Chinese character and lower-cases words, across several texts', () => {
    expect(textTokens('A 级 Complaint', 'CRM-2 系统')).toEqual(['a', '级', 'complaint', 'crm', '2', '系统']);
  });

  it('splits mixed runs at the change of script and ignores punctuation', () => {
    expect(textTokens('使用CRM系统，处理投诉！')).toEqual(['使用', 'crm', '系统', '处理', '理投', '投诉']);
  });

  it('normalises full-width letters so ＣＲＭ finds CRM', () => {
    expect(textTokens('ＣＲＭ')).toEqual(['crm']);
  });

  it('gives nothing for empty and missing texts', () => {
    expect(textTokens('', null, undefined, ' ，。')).toEqual([]);
  });
});

describe('full-text queries', () => {
  it('a two-character query is one exact piece', () => {
    expect(parseFullTextQuery('投诉')).toEqual({ exact: ['投诉'], prefix: null });
  });

  it('a longer Chinese query needs all its pieces', () => {
    expect(parseFullTextQuery(' 投诉处理 ')).toEqual({ exact: ['投诉', '诉处', '处理'], prefix: null });
  });

  it('a single Chinese character and the word being typed match as prefixes', () => {
    expect(parseFullTextQuery('投')).toEqual({ exact: [], prefix: '投' });
    expect(parseFullTextQuery('投诉 compl')).toEqual({ exact: ['投诉'], prefix: 'compl' });
  });

  it('has nothing to search for in blanks and punctuation', () => {
    expect(parseFullTextQuery('  ，')).toBeNull();
  });
});

describe('rich text to plain text', () => {
  it('drops tags and scripts and decodes entities', () => {
    expect(htmlToText('<p>先<b>倾听</b>&amp;记录</p><script>alert(1)</script><p>x&lt;y</p>')).toBe(
      '先 倾听 &记录 x<y',
    );
  });
});
