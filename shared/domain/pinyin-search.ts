import { pinyin } from 'pinyin-pro';

interface Syllable {
  /** Every way a user may type this syllable: full pinyin, first letter, and zh/ch/sh. */
  variants: string[];
  full: string;
}

/** Above this many syllables only whole-pinyin and initials tokens are made, to bound the index size. */
const MAX_COMBO_SYLLABLES = 4;

function syllable(full: string): Syllable {
  const variants = new Set([full, full[0] ?? full]);
  const twoLetter = full.slice(0, 2);
  if (twoLetter === 'zh' || twoLetter === 'ch' || twoLetter === 'sh') variants.add(twoLetter);
  return { full, variants: [...variants] };
}

function syllablesOf(name: string): Syllable[] {
  // The whole name at once, so that context picks the reading of polyphonic characters and
  // surname:'head' reads 曾/单/解 as surnames when they open the name.
  const pieces = pinyin(name, {
    toneType: 'none',
    type: 'array',
    surname: 'head',
    v: true,
    nonZh: 'consecutive',
  });
  return pieces.flatMap((piece) => piece.toLowerCase().split(/\s+/).filter(Boolean).map(syllable));
}

function combos(syllables: Syllable[]): string[] {
  let acc = [''];
  for (const s of syllables) acc = acc.flatMap((prefix) => s.variants.map((v) => prefix + v));
  return acc;
}

/**
 * Index tokens for a person's name, searched by prefix: any mix of whole syllables, first letters
 * and zh/ch/sh (`zhw`, `zhangw`, `zw`, `zhangwei` all find 张伟), from the start of the name or from
 * any later syllable (`wei` finds 张伟), plus the characters themselves (张, 伟).
 */
export function nameSearchTokens(name: string): string[] {
  const trimmed = name.trim();
  if (!trimmed) return [];
  const tokens = new Set<string>();
  const syllables = syllablesOf(trimmed);
  const compact = trimmed.replace(/\s+/g, '').toLowerCase();
  for (let i = 0; i < compact.length; i++) tokens.add(compact.slice(i));
  for (let start = 0; start < syllables.length; start++) {
    const tail = syllables.slice(start);
    if (tail.length <= MAX_COMBO_SYLLABLES) combos(tail).forEach((t) => tokens.add(t));
    else {
      tokens.add(tail.map((s) => s.full).join(''));
      tokens.add(tail.map((s) => s.full[0]).join(''));
    }
  }
  return [...tokens];
}

/** Sort key that puts Chinese names in pinyin order next to Latin ones. */
export function nameSortKey(name: string): string {
  const pinyinText = syllablesOf(name.trim())
    .map((s) => s.full)
    .join(' ');
  return `${pinyinText} ${name.trim()}`.toLowerCase();
}

/** What the search box sends to the token index: lower case, no spaces. */
export function normaliseSearchQuery(query: string): string {
  return query.trim().replace(/\s+/g, '').toLowerCase();
}
