import type { z } from 'zod';
import type { Language } from '../../../../shared/contract';
import type { TrainDeskDatabase } from '../../db';

/** One column an importer reads, matched to a file's header by its label in either language. */
export interface ImportColumn<K extends string = string> {
  key: K;
  /** The header as the templates and exports write it. */
  labels: Record<Language, string>;
  /** Other headers people use for this column (sheets made by hand, other systems). */
  aliases?: readonly string[];
  /** The wizard will not go on until a column of the file is mapped to it. */
  required: boolean;
}

/** A problem found in one row: `message` is an i18n key (common namespace unless it names one). */
export interface RowProblem<K extends string = string> {
  /** 1-based row number in the spreadsheet; the header is row 1. */
  row: number;
  /** The column it belongs to, or null for the row as a whole. */
  column: K | null;
  message: string;
  params?: Record<string, string | number>;
}

/** What `toInput` may use: the day the rules are checked against, and where to report text it cannot read. */
export interface RowContext<K extends string = string> {
  today: string;
  invalid(column: K, message: string, params?: Record<string, string | number>): void;
}

/** Who and when the write is stamped with. */
export interface ImportContext {
  actor: string;
  now: number;
  today: string;
}

export type DuplicatePolicy = 'skip' | 'update';

export interface ImportWriteOptions {
  context: ImportContext;
  duplicates: DuplicatePolicy;
  /** The columns the file has: an update changes only these, and keeps what the file does not say. */
  columns: ReadonlySet<string>;
  /** Called after each batch with the rows written so far (added, updated or skipped). */
  onProgress?: (done: number, total: number) => void;
  /** Aborting rolls the whole import back. */
  signal?: AbortSignal;
}

export interface ImportOutcome {
  added: number;
  updated: number;
  skipped: number;
}

/**
 * Everything the generic wizard needs to import one kind of record: its columns, how text becomes
 * form input, the form's own schema, how a duplicate is recognised and how the rows are written
 * (all in one transaction). A new importer is one `defineImporter` call.
 */
export interface Importer<TInput, K extends string = string> {
  id: string;
  /**
   * Where the importer's words are in the import namespace (e.g. `importers.people`): `title`,
   * `intro`, `templateName` and `listName` under it.
   */
  texts: string;
  columns: readonly ImportColumn<K>[];
  /** Typed form input from the row's text cells (empty text for unmapped columns). */
  toInput(cells: Readonly<Record<K, string>>, context: RowContext<K>): TInput;
  /** The same schema the entity's form uses; its messages are i18n keys. */
  schema(today: string): z.ZodType<TInput>;
  /** Which column a schema issue on an input field belongs to, when the names differ. */
  columnOfField?(field: string): K | undefined;
  /** Rows with the same key are the same record (e.g. the employee number); none for no key. */
  duplicateKey?(input: TInput): string | undefined;
  /** The column the duplicate key comes from, for the report. */
  duplicateColumn?: K;
  /** Which of these keys already belong to a stored record, read from an index. */
  findExisting?(db: TrainDeskDatabase, keys: readonly string[]): Promise<Set<string>>;
  /** The example row of the template, in the template's language. */
  example(language: Language): Readonly<Record<K, string>>;
  write(db: TrainDeskDatabase, rows: readonly TInput[], options: ImportWriteOptions): Promise<ImportOutcome>;
}

/** Declares an importer; the identity function exists so that TypeScript infers the column keys. */
export function defineImporter<TInput, const K extends string>(
  importer: Importer<TInput, K>,
): Importer<TInput, K> {
  return importer;
}

/** An importer whose input type the wizard does not need to know. */
// The wizard only passes inputs from toInput back to the same importer's schema and write.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyImporter = Importer<any, string>;
