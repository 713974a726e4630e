import type { VocabularyDefault, VocabularyEntry, VocabularyLabels, VocabularyLanguage } from './vocabulary';

/** One entry of a list as the screens see it: shipped defaults with the stored changes applied. */
export interface MergedVocabularyEntry {
  key: string;
  labels: VocabularyLabels;
  hidden: boolean;
  order: number;
  /** Shipped with the app (it can be renamed and hidden, never removed). */
  shipped: boolean;
  /** A stored row exists for it. */
  stored: boolean;
}

type StoredFields = Pick<VocabularyEntry, 'key' | 'labels' | 'hidden' | 'order'>;

/**
 * Shipped entries keep their shipped position (0, 1, …) until a stored row gives them another;
 * entries sort by order, ties by shipped position then key, so the result never depends on the
 * order rows were read in.
 */
export function mergeVocabulary(
  defaults: readonly VocabularyDefault[],
  stored: readonly StoredFields[],
): MergedVocabularyEntry[] {
  const byKey = new Map(stored.map((row) => [row.key, row]));
  const shippedKeys = new Set(defaults.map((d) => d.key));
  const merged: (MergedVocabularyEntry & { rank: number })[] = defaults.map((d, index) => {
    const row = byKey.get(d.key);
    return {
      key: d.key,
      labels: {
        'zh-CN': row?.labels['zh-CN'] || d.labels['zh-CN'],
        en: row?.labels.en || d.labels.en,
      },
      hidden: row?.hidden ?? false,
      order: row?.order ?? index,
      shipped: true,
      stored: row !== undefined,
      rank: index,
    };
  });
  for (const row of stored) {
    if (shippedKeys.has(row.key)) continue;
    merged.push({
      key: row.key,
      labels: { ...row.labels },
      hidden: row.hidden,
      order: row.order,
      shipped: false,
      stored: true,
      rank: defaults.length,
    });
  }
  merged.sort((a, b) => a.order - b.order || a.rank - b.rank || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return merged.map(({ rank: _rank, ...entry }) => entry);
}

/** The label in the wanted language, falling back to the other one rather than showing nothing. */
export function vocabularyLabel(labels: VocabularyLabels, language: VocabularyLanguage): string {
  return labels[language] || labels[language === 'en' ? 'zh-CN' : 'en'];
}
