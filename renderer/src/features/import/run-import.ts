import { DomainError } from '../../../../shared/domain/errors';
import type { TrainDeskDatabase } from '../../db';
import { isMapped, type ColumnMapping } from './column-mapping';
import type { AnyImporter, ImportOutcome, ImportWriteOptions } from './importer';
import type { ValidationReport } from './validate-rows';

export interface RunImportOptions extends Omit<ImportWriteOptions, 'columns'> {
  /** Write the valid rows even though others have problems (the user chose so). */
  validOnly: boolean;
  mapping: ColumnMapping;
}

/**
 * The rule of every import: nothing is written while any row has a problem, unless the user chose
 * to import only the valid rows. Either way the importer writes in one transaction.
 */
export async function runImport(
  db: TrainDeskDatabase,
  importer: AnyImporter,
  report: ValidationReport,
  { validOnly, mapping, ...options }: RunImportOptions,
): Promise<ImportOutcome> {
  if (report.invalidRows > 0 && !validOnly) throw new DomainError('import:refused');
  const columns = new Set(importer.columns.flatMap((c) => (isMapped(mapping, c.key) ? [c.key] : [])));
  return importer.write(
    db,
    report.valid.map((v) => v.input),
    { ...options, columns },
  );
}
