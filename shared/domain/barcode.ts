/**
 * Copy barcodes 条码: the ones the app makes for new copies and the ones people type or scan in.
 *
 * Rules, and why:
 * - A barcode is printed as Code 128, which encodes printable ASCII; we accept `!`…`~` (no spaces:
 *   a USB scanner "types" the code and a space would split it, and people cannot tell one from none).
 * - Case does not matter: letters are kept upper-case. A scanner under Caps Lock, or a person typing
 *   `td000123`, must find TD000123, and two copies must never differ only by case.
 * - Full-width characters (a scanner typing while a Chinese input method is on gives `ＴＤ０００１`)
 *   are folded to ASCII first (NFKC), and the ends are trimmed.
 * - 3 to 32 characters: shorter ones are typing slips, longer ones do not fit a label.
 * - Generated barcodes are `TD` and a sequence number of at least six digits (`TD000001`), taken from
 *   a counter row in the same transaction as the copies, so two windows never hand out one number.
 */

export const GENERATED_PREFIX = 'TD';
export const GENERATED_DIGITS = 6;
export const BARCODE_MIN_LENGTH = 3;
export const BARCODE_MAX_LENGTH = 32;

const BARCODE_CHARS = /^[\x21-\x7e]+$/;

/** The barcode as stored and looked up: full-width folded, trimmed, letters upper-case. */
export function normalizeBarcode(raw: string): string {
  return raw.normalize('NFKC').trim().toUpperCase();
}

/** Why a (normalized) barcode cannot be used, as an i18n key, or null when it can. */
export function barcodeProblem(barcode: string): string | null {
  if (barcode === '') return 'validation.required';
  if (!BARCODE_CHARS.test(barcode)) return 'copies:validation.barcodeChars';
  if (barcode.length < BARCODE_MIN_LENGTH || barcode.length > BARCODE_MAX_LENGTH)
    return 'copies:validation.barcodeLength';
  return null;
}

/** The generated barcode for a sequence number: TD000001, …, TD999999, TD1000000. */
export function generatedBarcode(sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError(`Bad barcode sequence ${sequence}`);
  return GENERATED_PREFIX + String(sequence).padStart(GENERATED_DIGITS, '0');
}

/**
 * The next `count` generated barcodes after `lastSequence`, skipping any that are taken (someone
 * typed `TD000042` onto an old copy by hand). `taken` answers for a batch of candidates at once, so a
 * caller can ask the database with one index query per batch.
 */
export async function nextGeneratedBarcodes(
  lastSequence: number,
  count: number,
  taken: (candidates: string[]) => Promise<Set<string>> | Set<string>,
): Promise<{ barcodes: string[]; lastSequence: number }> {
  const barcodes: string[] = [];
  let sequence = lastSequence;
  while (barcodes.length < count) {
    const candidates: string[] = [];
    for (let i = 0; i < count - barcodes.length; i++) candidates.push(generatedBarcode(++sequence));
    const used = await taken(candidates);
    barcodes.push(...candidates.filter((c) => !used.has(c)));
  }
  return { barcodes, lastSequence: sequence };
}

export interface BarcodeLineProblem {
  /** 1-based line of the text. */
  line: number;
  text: string;
  message: string;
  params?: Record<string, string | number>;
}

export interface BarcodeList {
  barcodes: string[];
  problems: BarcodeLineProblem[];
}

/**
 * Barcodes typed or scanned one per line (a scanner ends each with Enter). Blank lines are skipped;
 * a barcode given twice is a problem on its second line, since two copies cannot share one.
 */
export function parseBarcodeLines(text: string): BarcodeList {
  const barcodes: string[] = [];
  const problems: BarcodeLineProblem[] = [];
  const firstLine = new Map<string, number>();
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const line = i + 1;
    const barcode = normalizeBarcode(raw);
    if (barcode === '') return;
    const problem = barcodeProblem(barcode);
    if (problem) {
      problems.push({ line, text: barcode, message: problem });
      return;
    }
    const first = firstLine.get(barcode);
    if (first !== undefined) {
      problems.push({
        line,
        text: barcode,
        message: 'copies:validation.barcodeRepeated',
        params: { barcode, line: first },
      });
      return;
    }
    firstLine.set(barcode, line);
    barcodes.push(barcode);
  });
  return { barcodes, problems };
}
