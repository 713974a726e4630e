/**
 * Turning spreadsheet text into typed values, the way people write them in Chinese and English
 * sheets. Each parser answers `undefined` for text it cannot read, so the caller can report it.
 */

/** Excel's day 0 is 1899-12-30 in the 1900 date system (it counts a 29 February 1900 that never was). */
const EXCEL_DAY_ZERO = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;
/** Serial numbers of 1900-01-01 … 9999-12-31: bare numbers in that range in a date column are dates. */
const EXCEL_SERIAL_MIN = 1;
const EXCEL_SERIAL_MAX = 2_958_465;

const pad2 = (value: string | number) => String(value).padStart(2, '0');

/**
 * A date cell as `YYYY-MM-DD`: accepts 2021-05-10, 2021/5/10, 2021.5.10, 2021年5月10日, those with a
 * time after them, and Excel serial day numbers (a date cell the sheet did not format as a date).
 * Anything else is returned trimmed and unchanged, for the schema to refuse with its own message.
 */
export function dateCellText(text: string): string {
  const value = text.trim();
  if (value === '') return '';
  const parts = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T].*)?$/.exec(value);
  if (parts) return `${parts[1]}-${pad2(parts[2]!)}-${pad2(parts[3]!)}`;
  if (/^\d+(\.\d+)?$/.test(value)) {
    const serial = Math.floor(Number(value));
    if (serial >= EXCEL_SERIAL_MIN && serial <= EXCEL_SERIAL_MAX && value.replace(/\..*/, '').length <= 7) {
      return new Date(EXCEL_DAY_ZERO + serial * MS_PER_DAY).toISOString().slice(0, 10);
    }
  }
  return value;
}

/** Compare text the way a person reads it: full-width folded to half-width, case and spaces ignored. */
export function looseText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/** Builds a lookup from every way of writing a choice (ids, labels in both languages, synonyms) to its id. */
export function choiceReader<T extends string>(spellings: Readonly<Record<T, readonly string[]>>) {
  const byText = new Map<string, T>();
  for (const [id, words] of Object.entries(spellings) as [T, readonly string[]][]) {
    byText.set(looseText(id), id);
    for (const word of words) byText.set(looseText(word), id);
  }
  return (text: string): T | undefined => byText.get(looseText(text));
}

const YES = ['是', '有', 'y', 'yes', 'true', '1', '√', '✓'];
const NO = ['否', '无', '不是', 'n', 'no', 'false', '0', '×', '✗'];
const readYesNo = choiceReader({ yes: YES, no: NO });

/** 是/否, yes/no, true/false, 1/0 (and ticks). Empty text is no; unknown text is undefined. */
export function yesNoCellValue(text: string): boolean | undefined {
  if (text.trim() === '') return false;
  const answer = readYesNo(text);
  return answer === undefined ? undefined : answer === 'yes';
}

/** A list in one cell: 沟通技巧、投诉处理 or "a, b; c". */
export function listCellItems(text: string): string[] {
  return text
    .split(/[,，、;；/|\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
