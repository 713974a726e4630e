// Kept apart from pinyin-search.ts so that screens which only search do not load the pinyin dictionary.

/** What the search box sends to the token index: lower case, no spaces. */
export function normaliseSearchQuery(query: string): string {
  return query.trim().replace(/\s+/g, '').toLowerCase();
}
