import type { ImportColumn } from './importer';

/** For each importer column, the index of the file column that feeds it, or null when none does. */
export type ColumnMapping<K extends string = string> = Record<K, number | null>;

/** Whether a file column feeds this importer column (a column missing from the mapping does not). */
export function isMapped(mapping: ColumnMapping, key: string): boolean {
  return typeof mapping[key] === 'number';
}

/**
 * A header as it is compared: case, width (全角/半角), spaces, punctuation, the required-marker `*`
 * and anything in brackets (“入职日期（YYYY-MM-DD）”) do not matter.
 */
export function headerKey(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\(.*?\)|\[.*?]|【.*?】/g, '')
    .replace(/[\s*_\-.:：/\\'"“”‘’]/g, '');
}

/**
 * Matches the file's headers to the importer's columns by label in either language, by alias, or by
 * the column's key. Each file column feeds at most one importer column; the first match wins.
 */
export function autoMapColumns<K extends string>(
  columns: readonly ImportColumn<K>[],
  headers: readonly string[],
): ColumnMapping<K> {
  const keys = headers.map(headerKey);
  const used = new Set<number>();
  const mapping = {} as ColumnMapping<K>;
  for (const column of columns) {
    const names = new Set(
      [column.key, column.labels['zh-CN'], column.labels.en, ...(column.aliases ?? [])].map(headerKey),
    );
    const index = keys.findIndex((key, i) => !used.has(i) && key !== '' && names.has(key));
    mapping[column.key] = index === -1 ? null : index;
    if (index !== -1) used.add(index);
  }
  return mapping;
}

/** Required columns that no file column feeds yet. */
export function unmappedRequired<K extends string>(
  columns: readonly ImportColumn<K>[],
  mapping: ColumnMapping<K>,
): ImportColumn<K>[] {
  return columns.filter((column) => column.required && !isMapped(mapping, column.key));
}

/** File columns that feed nothing: shown as “not imported”, so nobody is surprised later. */
export function ignoredHeaders(headers: readonly string[], mapping: ColumnMapping): number[] {
  const used = new Set(Object.values(mapping).filter((i): i is number => i !== null));
  return headers.flatMap((header, i) => (used.has(i) || header === '' ? [] : [i]));
}
