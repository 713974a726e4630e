import type { Language, RequestOf } from '../../../../shared/contract';
import type { AnyImporter } from './importer';

/**
 * The template a user fills in: every column's header in the chosen language and one example row.
 * It goes through `exportTable`, like any other export.
 */
export function templateTable(
  importer: AnyImporter,
  language: Language,
  format: 'xlsx' | 'csv',
  fileName: string,
): RequestOf<'exportTable'> {
  const example = importer.example(language);
  return {
    format,
    fileName,
    sheetName: importer.id,
    headers: importer.columns.map((column) => column.labels[language]),
    rows: [importer.columns.map((column) => example[column.key] ?? '')],
  };
}
