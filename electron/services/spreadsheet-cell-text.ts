import type { CellFormulaValue, CellValue } from 'exceljs';

/**
 * How a spreadsheet cell reads as text in an import: what the user sees in Excel, not how the file
 * stores it. The renderer validates and converts these strings with the same rules as typed input.
 */

const MS_PER_DAY = 86_400_000;
/** Days from Excel's day 0 (1899-12-30 in the 1900 system) to 1970-01-01. */
const EXCEL_EPOCH_OFFSET_DAYS = 25_569;
/** The 1904 system (old Mac workbooks) counts from 1904-01-01, 1,462 days later. */
const DATE_1904_OFFSET_DAYS = 1_462;
/** Excel keeps 15 significant digits; anything past them is binary noise (0.1 + 0.2 = 0.30000000000000004). */
const EXCEL_PRECISION = 15;

/** A number as plain decimal text: no exponent (1e+21) and no float noise. */
export function numberText(value: number): string {
  if (!Number.isFinite(value)) return '';
  const text = String(Number(value.toPrecision(EXCEL_PRECISION)));
  return text.includes('e') ? expandExponent(text) : text;
}

function expandExponent(text: string): string {
  const [mantissa = '', exponentText = '0'] = text.split('e');
  const negative = mantissa.startsWith('-');
  const [whole = '', fraction = ''] = mantissa.replace('-', '').split('.');
  const digits = whole + fraction;
  const pointAt = whole.length + Number(exponentText);
  let plain: string;
  if (pointAt <= 0) plain = `0.${'0'.repeat(-pointAt)}${digits}`;
  else if (pointAt >= digits.length) plain = digits + '0'.repeat(pointAt - digits.length);
  else plain = `${digits.slice(0, pointAt)}.${digits.slice(pointAt)}`;
  return negative ? `-${plain}` : plain;
}

/** A number format with its literal parts removed: `[Red]`, `[$-804]`, `"年"`, `\-`. */
function formatTokens(numFmt: string): string {
  return numFmt
    .replace(/\[[^\]]*]/g, '')
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '');
}

/** Whether a cell number format shows a date or a time (the test exceljs applies too). */
export function isDateFormat(numFmt: string | undefined): boolean {
  return numFmt !== undefined && /[ymdhs]/i.test(formatTokens(numFmt));
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/**
 * A date cell as `YYYY-MM-DD`; with ` HH:mm` (or `HH:mm:ss`) when its format shows the time, and only
 * the time for a time-only format such as `h:mm`. exceljs gives dates as UTC instants of the
 * cell's wall-clock value, so they are formatted in UTC, never in the machine's time zone.
 */
export function dateText(date: Date, numFmt: string | undefined): string {
  const ms = date.getTime();
  if (Number.isNaN(ms)) return '';
  // Serial numbers are fractions of a day: 09:30 can come back as 09:29:59.999.
  const at = new Date(Math.round(ms / 1000) * 1000);
  const tokens = formatTokens(numFmt ?? '');
  const showsTime = /[hs]/i.test(tokens);
  const showsDate = numFmt === undefined || /[yd]/i.test(tokens) || !showsTime;
  const day = `${pad(at.getUTCFullYear(), 4)}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}`;
  if (!showsTime) return day;
  const seconds = /s/i.test(tokens) ? `:${pad(at.getUTCSeconds())}` : '';
  const time = `${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}${seconds}`;
  return showsDate ? `${day} ${time}` : time;
}

/** An Excel serial day number (what a formula's cached result holds) as the instant exceljs would give. */
export function excelSerialToDate(serial: number, date1904: boolean): Date {
  const days = serial - EXCEL_EPOCH_OFFSET_DAYS + (date1904 ? DATE_1904_OFFSET_DAYS : 0);
  return new Date(Math.round(days * MS_PER_DAY));
}

function resultText(
  result: CellFormulaValue['result'],
  numFmt: string | undefined,
  date1904: boolean,
): string {
  if (result === undefined) return '';
  if (typeof result === 'number' && isDateFormat(numFmt)) {
    return dateText(excelSerialToDate(result, date1904), numFmt);
  }
  return cellText(result, numFmt, date1904);
}

/** One cell as the text Excel shows: rich text flattened, a formula as its last computed result. */
export function cellText(value: CellValue, numFmt: string | undefined, date1904: boolean): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value, numFmt);
  if ('richText' in value) {
    // A run read from a file can lack its text (an empty <t/>), whatever the type says.
    return value.richText
      .map((run) => run.text ?? '')
      .join('')
      .trim();
  }
  if ('formula' in value || 'sharedFormula' in value) return resultText(value.result, numFmt, date1904);
  if ('error' in value) return value.error;
  if ('text' in value) return cellText(value.text, numFmt, date1904);
  return '';
}
