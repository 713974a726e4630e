import { pinyin } from 'pinyin-pro';

interface Syllable {
  /** Every way a user may type this syllable: full pinyin, first letter, and zh/ch/sh. */
  variants: string[];
  full: string;
}

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

function initialsVariants(syllables: Syllable[]): string[] {
  let acc = [''];
  for (const s of syllables) {
    const short = s.variants.filter((v) => v !== s.full);
    acc = acc.flatMap((prefix) => (short.length ? short : [s.full]).map((v) => prefix + v));
  }
  return acc;
}

/**
 * Index tokens for a person's name, searched by prefix. Each token is one more index entry to write,
 * so the set is chosen to cover how people type a name rather than every mix: whole pinyin
 * (`zhangwei`), initials with or without zh/ch/sh (`zw`, `zhw`), the surname whole and the rest as
 * initials (`zhangw`), the given name alone in pinyin and initials (`wei`, `w`), the name itself
 * and the given name in characters (张伟, 伟).
 */
export function nameSearchTokens(name: string): string[] {
  const trimmed = name.trim();
  if (!trimmed) return [];
  const syllables = syllablesOf(trimmed);
  const compact = trimmed.replace(/\s+/g, '').toLowerCase();
  const tokens = new Set<string>([compact]);
  if (syllables.length === 0) return [...tokens];
  const [first, ...rest] = syllables as [Syllable, ...Syllable[]];
  tokens.add(syllables.map((s) => s.full).join(''));
  initialsVariants(syllables).forEach((t) => tokens.add(t));
  if (rest.length > 0) {
    tokens.add(first.full + initialsVariants(rest)[0]);
    tokens.add(rest.map((s) => s.full).join(''));
    tokens.add(initialsVariants(rest)[0]!);
    // The given name in characters: Chinese names have a one-character surname far more often.
    const given = HAN_START.test(trimmed) ? [...compact].slice(1).join('') : '';
    if (given) tokens.add(given);
  }
  return [...tokens];
}

const HAN_START = /^\p{Script=Han}/u;

/** Sort key that puts Chinese names in pinyin order next to Latin ones. */
export function nameSortKey(name: string): string {
  const pinyinText = syllablesOf(name.trim())
    .map((s) => s.full)
    .join(' ');
  return `${pinyinText} ${name.trim()}`.toLowerCase();
}
