import fs from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import yauzl from 'yauzl';
import { ERROR_CODES } from '../../shared/contract';
import { ServiceError } from './service-error';
import { cellText } from './spreadsheet-cell-text';

export type SpreadsheetFormat = 'csv' | 'xlsx';
export type SheetRows = { name: string; rows: string[][] };
export type ReadSpreadsheet = { format: SpreadsheetFormat; encoding?: string; sheets: SheetRows[] };

/**
 * Far above any roster or score sheet (50,000 people are about 3 MB of XLSX or 5 MB of CSV), and
 * low enough that a wrongly picked video cannot exhaust the main process's memory.
 */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

const unreadable = (message: string) => new ServiceError(ERROR_CODES.importUnreadable, message);

/** The format a file name announces, or null for anything the import does not read. */
export function formatOfFileName(fileName: string): SpreadsheetFormat | null {
  const extension = path.extname(fileName).toLowerCase();
  if (extension === '.csv' || extension === '.txt') return 'csv';
  if (extension === '.xlsx') return 'xlsx';
  return null;
}

/**
 * Rows as the import screen wants them: cells trimmed, trailing empty cells dropped, then every row
 * padded to the header's width so that columns line up; blank rows are skipped.
 */
export function tidyRows(rows: readonly (readonly string[])[]): string[][] {
  const tidy: string[][] = [];
  for (const row of rows) {
    const cells = row.map((cell) => cell.trim());
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    if (cells.length > 0) tidy.push(cells);
  }
  const width = tidy[0]?.length ?? 0;
  for (const cells of tidy) while (cells.length < width) cells.push('');
  return tidy;
}

const BYTE_ORDER_MARKS = [
  { prefix: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  // Excel's "Unicode text" export is UTF-16 with a BOM (and tabs, which the parser detects).
  { prefix: [0xff, 0xfe], encoding: 'utf-16le' },
  { prefix: [0xfe, 0xff], encoding: 'utf-16be' },
];

/**
 * Text of a CSV file in the encoding it was most likely written in: a BOM decides; otherwise valid
 * UTF-8 is UTF-8, and anything else is GB18030 (a superset of the GBK that Excel writes on Chinese
 * Windows; any byte string decodes as it, so it is the last resort).
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  const bom = BYTE_ORDER_MARKS.find(({ prefix }) => prefix.every((byte, i) => bytes[i] === byte));
  // TextDecoder drops the BOM of its own encoding, so no BOM reaches the first header.
  if (bom) return { text: new TextDecoder(bom.encoding).decode(bytes), encoding: bom.encoding };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

/** CSV text as rows of cells; the delimiter (comma, tab, semicolon…) is detected. */
export function parseCsv(text: string): string[][] {
  if (text.includes('\u0000')) throw unreadable('The file is not text');
  const result = Papa.parse<string[]>(text, { header: false, skipEmptyLines: 'greedy' });
  // An unclosed quote swallows every later line into one cell: refuse rather than show a mangled table.
  const unclosed = result.errors.find((error) => error.code === 'MissingQuotes');
  if (unclosed) throw unreadable(`A quoted field on row ${(unclosed.row ?? 0) + 1} is never closed`);
  return tidyRows(result.data);
}

async function readCsv(filePath: string, fileName: string): Promise<ReadSpreadsheet> {
  const { text, encoding } = decodeText(await fs.readFile(filePath));
  // Excel names the one sheet of a CSV after the file; so does the import.
  const name = path.basename(fileName, path.extname(fileName));
  return { format: 'csv', encoding, sheets: [{ name, rows: parseCsv(text) }] };
}

async function zipEntryNames(filePath: string): Promise<string[]> {
  const zip = await yauzl.openPromise(filePath);
  const names: string[] = [];
  for await (const entry of zip.eachEntry()) names.push(entry.fileName);
  return names;
}

/**
 * The names of a workbook's zip entries. The central directory sits at the very end of a zip, so
 * reading it first refuses a file cut short or not a zip at all at once, with a plain reason.
 */
async function workbookEntryNames(filePath: string): Promise<string[]> {
  let names: string[];
  try {
    names = await zipEntryNames(filePath);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw unreadable(`Not an .xlsx workbook (old .xls files must be saved as .xlsx first): ${reason}`);
  }
  if (!names.includes('xl/workbook.xml')) throw unreadable('The zip file holds no Excel workbook');
  return names;
}

function rowTexts(row: ExcelJS.Row, date1904: boolean): string[] {
  const cells: string[] = [];
  row.eachCell({ includeEmpty: false }, (cell, column) => {
    cells[column - 1] = cellText(cell.value, cell.numFmt, date1904);
  });
  // eachCell skips empty cells, which leaves holes.
  return Array.from(cells, (cell) => cell ?? '');
}

/**
 * The whole workbook in memory. exceljs' streaming reader is faster (50,000 rows: ~2 s against
 * ~3.5–4.5 s) but not safe to use: it garbles Chinese characters that straddle two chunks of its
 * input (exceljs issues #2063, #2084, #2316: 18 cells of 750,000 came back with U+FFFD, silently),
 * depends on the order of the zip's entries and has known races (#1558, #3064).
 */
async function readWorkbookWhole(filePath: string): Promise<SheetRows[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(filePath);
  const date1904 = workbook.properties.date1904 === true;
  return workbook.worksheets.map((worksheet) => {
    const rows: string[][] = [];
    worksheet.eachRow((row) => rows.push(rowTexts(row, date1904)));
    return { name: worksheet.name, rows: tidyRows(rows) };
  });
}

/** Every worksheet as text cells. */
async function readXlsx(filePath: string): Promise<ReadSpreadsheet> {
  await workbookEntryNames(filePath);
  let sheets: SheetRows[];
  try {
    sheets = await readWorkbookWhole(filePath);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw unreadable(`The workbook is damaged: ${reason}`);
  }
  if (sheets.length === 0) throw unreadable('The workbook has no worksheets');
  return { format: 'xlsx', sheets };
}

/**
 * Reads a CSV or XLSX file into sheets of text rows. `fileName` is the name the user knows the file
 * by; its extension decides the format (a staged file's own path has none).
 */
export async function readSpreadsheet(filePath: string, fileName: string): Promise<ReadSpreadsheet> {
  const format = formatOfFileName(fileName);
  if (format === null) throw unreadable('Only .csv, .txt and .xlsx files can be imported');
  let size: number;
  try {
    size = (await fs.stat(filePath)).size;
  } catch {
    throw unreadable('The file cannot be opened');
  }
  if (size > MAX_IMPORT_BYTES) {
    throw new ServiceError(
      ERROR_CODES.fileTooLarge,
      `Files over ${MAX_IMPORT_BYTES / 1024 / 1024} MB are not imported`,
    );
  }
  return format === 'csv' ? readCsv(filePath, fileName) : readXlsx(filePath);
}
