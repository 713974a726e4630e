/**
 * Tokens of the n-gram full-text index (renderer/src/db/fulltext.ts). Chinese has no spaces, so a
 * run of CJK characters becomes its overlapping two-character pieces (投诉处理 → 投诉, 诉处, 处理) and a
 * lone character stays itself; letters and digits become lower-case words. A two-character query is
 * then one exact key range, and a longer one the intersection of its pieces.
 */

// Han ideographs (incl. extension A and compatibility), kana and hangul: scripts written without spaces.
const CJK_CLASS = '\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uac00-\\ud7af\\uf900-\\ufaff';
const CJK = new RegExp(`[${CJK_CLASS}]`, 'u');
// A run is all CJK or all other letters and digits, so 使用CRM系统 is three runs.
const RUN = new RegExp(`[${CJK_CLASS}]+|(?:(?![${CJK_CLASS}])[\\p{L}\\p{N}])+`, 'gu');

/** Longest word kept whole: longer runs (hashes, pasted junk) are cut so one key stays small. */
const MAX_WORD = 32;

function runTokens(run: string, out: Set<string>) {
  if (CJK.test(run[0]!)) {
    const chars = [...run];
    if (chars.length === 1) out.add(chars[0]!);
    for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  } else {
    out.add(run.toLowerCase().slice(0, MAX_WORD));
  }
}

/** The distinct tokens of a record's searchable texts. */
export function textTokens(...texts: readonly (string | null | undefined)[]): string[] {
  const out = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    for (const match of text.normalize('NFKC').matchAll(RUN)) runTokens(match[0], out);
  }
  return [...out];
}

export interface FullTextQuery {
  /** Tokens a match must contain exactly. */
  exact: string[];
  /**
   * A token a match must contain a token starting with: the word still being typed (`compl` finds
   * complaint) or a single Chinese character (投 finds 投诉).
   */
  prefix: string | null;
}

/** What a search box's text asks the index for; null when there is nothing to search for. */
export function parseFullTextQuery(query: string): FullTextQuery | null {
  const runs = [...query.normalize('NFKC').matchAll(RUN)].map((m) => m[0]);
  if (runs.length === 0) return null;
  const exact = new Set<string>();
  let prefix: string | null = null;
  runs.forEach((run, i) => {
    const last = i === runs.length - 1;
    const cjk = CJK.test(run[0]!);
    if (cjk && [...run].length === 1) {
      prefix = run;
    } else if (!cjk && last) {
      prefix = run.toLowerCase().slice(0, MAX_WORD);
    } else {
      runTokens(run, exact);
    }
  });
  // A one-character prefix that is also an exact token elsewhere adds nothing.
  if (prefix !== null && exact.has(prefix)) prefix = null;
  return { exact: [...exact], prefix };
}

/** Plain text of stored rich text (lesson content) for the index: tags dropped, entities decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
