/**
 * What a USB barcode scanner (or a person) typed into a scan field, made ready to look up; null for
 * an empty scan (a stray Enter), which the desk ignores.
 *
 * A scanner is a keyboard: with a Chinese input method switched on its characters arrive full-width
 * (Ｅ１００１), and some scanners add control characters before or after a code (Tab, CR, the GS
 * separator of GS1 codes). None of these are part of a barcode or an employee number. Case is kept
 * here: the copy fields upper-case the code as copies are stored (shared/domain/barcode), and the
 * engine's borrower look-up tries the employee number as typed, then upper-case.
 */
export function normaliseScan(raw: string): string | null {
  const cleaned = raw
    .normalize('NFKC')
    .replace(/\p{Cc}/gu, '')
    .trim();
  return cleaned === '' ? null : cleaned;
}

/**
 * Runs the work of each scan one after another, in the order the scans arrived. A scanner can send
 * the next code before the last checkout has committed; each must see the state the one before left.
 */
export class ScanQueue {
  private tail: Promise<void> = Promise.resolve();

  push(work: () => Promise<void>): Promise<void> {
    const run = this.tail.then(work);
    // A failed scan must not stop the ones behind it; the work reports its own failures.
    this.tail = run.catch(() => undefined);
    return run;
  }
}
