import type { z } from 'zod';
import type { TrainDeskDatabase } from '../../db';
import type { ColumnMapping } from './column-mapping';
import type { AnyImporter, RowProblem } from './importer';

export interface ValidRow<TInput = unknown> {
  /** 1-based spreadsheet row number. */
  row: number;
  input: TInput;
  /** The duplicate key (e.g. the employee number), when the importer has one. */
  key?: string;
}

export interface ValidationReport<TInput = unknown> {
  /** Data rows in the file (the header not counted). */
  total: number;
  valid: ValidRow<TInput>[];
  /** Problems in file order; a row may have several. */
  problems: RowProblem[];
  /** How many rows have at least one problem. */
  invalidRows: number;
  /** Duplicate keys of valid rows that already belong to stored records. */
  existing: Set<string>;
}

/** Rows checked between two yields to the event loop, so that progress shows and Cancel is heard. */
const CHUNK_ROWS = 2_000;
/** Keys looked up in the database per index query. */
const LOOKUP_BATCH = 1_000;

/**
 * zod's own messages are English sentences; these are what the report says instead. The domain
 * schemas set their messages as i18n keys, which take precedence over this map.
 */
const issueMessage: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_value') return 'import:problems.choice';
  if (issue.code === 'too_big') return 'validation.tooLong';
  return 'import:problems.invalid';
};

/** Checks one data row: its text through `toInput`, then the entity's schema. */
export function checkRow(
  importer: AnyImporter,
  schema: z.ZodType,
  cells: readonly string[],
  mapping: ColumnMapping,
  headerWidth: number,
  row: number,
  today: string,
): { input?: unknown; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const reported = new Set<string | null>();
  const report = (column: string | null, message: string, params?: Record<string, string | number>) => {
    if (reported.has(column) && column !== null) return;
    reported.add(column);
    problems.push(params ? { row, column, message, params } : { row, column, message });
  };
  // The reader pads short rows and drops trailing empty cells, so a longer row has text past the header.
  if (cells.length > headerWidth)
    report(null, 'import:problems.extraCells', { count: cells.length - headerWidth });

  const text: Record<string, string> = {};
  for (const column of importer.columns) {
    const index = mapping[column.key];
    text[column.key] = index === null || index === undefined ? '' : (cells[index] ?? '').trim();
  }
  const input: unknown = importer.toInput(text, { today, invalid: report });
  const parsed = schema.safeParse(input, { error: issueMessage });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '');
      const column =
        importer.columnOfField?.(field) ?? (importer.columns.some((c) => c.key === field) ? field : null);
      report(column, issue.message);
    }
  }
  if (problems.length === 0) return { input: parsed.data, problems };
  // In the order of the columns, as the user reads the row; problems of the whole row first.
  const order = (column: string | null) => importer.columns.findIndex((c) => c.key === column);
  return { problems: problems.sort((a, b) => order(a.column) - order(b.column)) };
}

export interface ValidateOptions {
  today: string;
  /** Where stored records are looked up for duplicates; without it none are. */
  db?: TrainDeskDatabase;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Checks every data row of a sheet (`rows[0]` is the header) and reports each problem with its row
 * and column; repeated duplicate keys within the file are problems too. Valid rows whose key is
 * already stored are counted, for the user to choose between skipping and updating them.
 */
export async function validateSheet(
  importer: AnyImporter,
  rows: readonly (readonly string[])[],
  mapping: ColumnMapping,
  { today, db, onProgress, signal }: ValidateOptions,
): Promise<ValidationReport> {
  const schema = importer.schema(today);
  const headerWidth = rows[0]?.length ?? 0;
  const total = Math.max(rows.length - 1, 0);
  const valid: ValidRow[] = [];
  const problems: RowProblem[] = [];
  const firstRowOfKey = new Map<string, number>();
  let invalidRows = 0;

  for (let start = 1; start < rows.length; start += CHUNK_ROWS) {
    signal?.throwIfAborted();
    const end = Math.min(start + CHUNK_ROWS, rows.length);
    for (let i = start; i < end; i++) {
      const row = i + 1;
      const checked = checkRow(importer, schema, rows[i]!, mapping, headerWidth, row, today);
      const key = checked.input === undefined ? undefined : importer.duplicateKey?.(checked.input);
      if (key !== undefined) {
        const first = firstRowOfKey.get(key);
        if (first !== undefined) {
          checked.problems.push({
            row,
            column: importer.duplicateColumn ?? null,
            message: 'import:problems.duplicateInFile',
            params: { row: first, value: key },
          });
        } else firstRowOfKey.set(key, row);
      }
      if (checked.problems.length > 0) {
        invalidRows++;
        problems.push(...checked.problems);
      } else
        valid.push(key === undefined ? { row, input: checked.input } : { row, input: checked.input, key });
    }
    onProgress?.(end - 1, total);
    await nextTask();
  }

  const existing = new Set<string>();
  if (db && importer.findExisting) {
    const keys = valid.flatMap((v) => (v.key === undefined ? [] : [v.key]));
    for (let i = 0; i < keys.length; i += LOOKUP_BATCH) {
      signal?.throwIfAborted();
      for (const key of await importer.findExisting(db, keys.slice(i, i + LOOKUP_BATCH))) existing.add(key);
    }
  }
  return { total, valid, problems, invalidRows, existing };
}
