import { describe, expect, it } from 'vitest';
import { pickLanguage, resources } from './i18n';

type Tree = { [key: string]: string | Tree };
const flatten = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [prefix + k] : flatten(v, `${prefix}${k}.`),
  );

describe('translations', () => {
  it.each(Object.keys(resources['zh-CN']))('zh-CN and en carry the same keys in %s', (ns) => {
    const zh = flatten(resources['zh-CN'][ns as keyof (typeof resources)['zh-CN']] as Tree).sort();
    const en = flatten(resources.en[ns as keyof (typeof resources)['en']] as Tree).sort();
    expect(zh).toEqual(en);
  });

  it('has no empty strings', () => {
    for (const lang of Object.values(resources)) {
      for (const ns of Object.values(lang)) {
        const tree = ns as Tree;
        for (const key of flatten(tree)) {
          const value = key.split('.').reduce<string | Tree>((node, k) => (node as Tree)[k]!, tree);
          expect(value, key).not.toBe('');
        }
      }
    }
  });
});

describe('choosing the display language', () => {
  it('follows a Chinese operating system until the user picks', () => {
    expect(pickLanguage(null, 'zh-CN')).toBe('zh-CN');
    expect(pickLanguage(null, 'zh-TW')).toBe('zh-CN');
    expect(pickLanguage(null, 'en-US')).toBe('en');
    expect(pickLanguage(null, 'de')).toBe('en');
  });

  it('keeps the user choice over the operating system', () => {
    expect(pickLanguage('en', 'zh-CN')).toBe('en');
    expect(pickLanguage('zh-CN', 'en-GB')).toBe('zh-CN');
  });
});
