import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { numberText } from './spreadsheet-cell-text';

export type TableCell = string | number | null;
export type Table = { sheetName: string; headers: string[]; rows: TableCell[][] };

const MIN_COLUMN_WIDTH = 8;
const MAX_COLUMN_WIDTH = 60;
/** Room for the header's bold face and the filter button a user may add. */
const COLUMN_PADDING = 2;
/**
 * Enough rows to judge a column's width. Measuring all 50,000 rows of a big export takes ~0.3 s, for
 * at most a few characters more on a column the user can widen anyway.
 */
const WIDTH_SAMPLE_ROWS = 2_000;

/** A name Excel accepts for a sheet: no `* ? : \ / [ ]`, no apostrophe at either end, not `History`. */
export function safeSheetName(name: string): string {
  const cleaned = name
    .replace(/[*?:\\/[\]]/g, '_')
    .replace(/^'+|'+$/g, '')
    .trim()
    .slice(0, 31);
  if (cleaned === '') return 'Sheet1';
  // Excel reserves "History" (any case) for its change tracking and calls such a file damaged.
  return cleaned.toLowerCase() === 'history' ? `${cleaned}_` : cleaned;
}

/** Width in Excel's units (the width of a '0'): CJK and other wide characters take two. */
function displayWidth(text: string): number {
  let widest = 0;
  for (const line of text.split('\n')) {
    let width = 0;
    for (const char of line) width += (char.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
    widest = Math.max(widest, width);
  }
  return widest;
}

const cellString = (cell: TableCell): string =>
  cell === null ? '' : typeof cell === 'number' ? numberText(cell) : cell;

/** Column widths that fit the header and the first rows, within a range that keeps the sheet usable. */
export function columnWidths(headers: readonly string[], rows: readonly (readonly TableCell[])[]): number[] {
  const widths = headers.map(displayWidth);
  for (const row of rows.slice(0, WIDTH_SAMPLE_ROWS)) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, displayWidth(cellString(cell)));
    });
  }
  return widths.map((width) =>
    Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, width + COLUMN_PADDING)),
  );
}

/**
 * CSV as Excel on Chinese Windows reads it without asking: UTF-8 with a BOM (without one Excel
 * assumes GBK), CRLF line ends, and RFC 4180 quoting of fields with commas, quotes or line breaks.
 */
export function csvText(table: Pick<Table, 'headers' | 'rows'>): string {
  const data = table.rows.map((row) => row.map(cellString));
  return `\uFEFF${Papa.unparse({ fields: table.headers, data }, { newline: '\r\n' })}`;
}

export async function writeCsv(filePath: string, table: Table): Promise<void> {
  await fs.writeFile(filePath, csvText(table), 'utf8');
}

/**
 * XLSX with a bold, frozen header row. The streaming writer keeps memory flat and is several times
 * faster than building the whole workbook first; numbers stay numbers, text (`00123`) stays text.
 */
export async function writeXlsx(filePath: string, table: Table): Promise<void> {
  const output = createWriteStream(filePath);
  // exceljs listens for the file's errors only once it finishes; one before that (a full disk, a
  // folder gone) would go unhandled and take the whole main process down.
  const failed = once(output, 'error').then(([error]: unknown[]) => Promise.reject(error));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    // Shared strings are how Excel itself stores text; they also shrink the repeated department names.
    useSharedStrings: true,
  });
  const sheet = workbook.addWorksheet(safeSheetName(table.sheetName), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
  });
  // The streaming writer emits column definitions with the first row, so they are set before it.
  sheet.columns = columnWidths(table.headers, table.rows).map((width) => ({ width }));
  const header = sheet.addRow(table.headers);
  header.font = { bold: true };
  header.commit();
  for (const row of table.rows) sheet.addRow(row).commit();
  sheet.commit();
  await Promise.race([workbook.commit(), failed]);
}
