import type { Copy, CopyStatus, Loan, StocktakeReport, StocktakeReportLine } from './lending';

/**
 * Stocktake 盘点: every copy on the shelves is scanned, and the scans are compared with the records.
 * A location of the stocktake covers every shelf location that starts with it ("A-03" covers
 * "A-03-1" and "A-03-2"), so a whole bay is one entry.
 */

/** The statuses of a copy that should be found on a shelf. */
export const ON_SHELF_STATUSES = ['available', 'onHoldShelf'] as const satisfies readonly CopyStatus[];

export function isOnShelfStatus(status: CopyStatus): boolean {
  return (ON_SHELF_STATUSES as readonly CopyStatus[]).includes(status);
}

/** What a scanner typed, without the spaces and control characters some scanners add. */
export function normaliseScan(text: string): string {
  // eslint-disable-next-line no-control-regex -- scanners send control characters (tab, CR) around a code
  return text.replace(/[\u0000-\u001f\u007f]/g, '').trim();
}

/** The locations typed for a stocktake ("A-01, A-02、B"): each once, in the order typed. */
export function parseLocations(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,，、;；\s]+/)
        .map((l) => l.trim())
        .filter(Boolean),
    ),
  ];
}

/** Whether a shelf location is one the stocktake covers (all of them when it names none). */
export function coversLocation(locations: readonly string[], location: string): boolean {
  return locations.length === 0 || locations.some((prefix) => location.startsWith(prefix));
}

/**
 * The locations to read, each once: a location that another one already covers ("A-03-1" under
 * "A") is dropped, so no copy is read twice.
 */
export function locationRanges(locations: readonly string[]): string[] {
  const sorted = [...new Set(locations)].sort();
  return sorted.filter((l, i) => !sorted.slice(0, i).some((shorter) => l.startsWith(shorter)));
}

type CopyFacts = Pick<Copy, 'id' | 'barcode' | 'title' | 'editionNumber' | 'location' | 'status' | 'loanId'>;

export interface StocktakeFacts {
  locations: readonly string[];
  /** Copies the records put on the shelves the stocktake covers. */
  expected: readonly CopyFacts[];
  /** Every barcode scanned, each once. */
  scanned: readonly string[];
  /** The copies of the scanned barcodes that exist (wherever the records put them). */
  scannedCopies: readonly CopyFacts[];
  /** The open loans of scanned copies that are on loan, by loan id: who has them. */
  loans: ReadonlyMap<string, Pick<Loan, 'borrowerName' | 'dueDate'>>;
}

function line(copy: CopyFacts, loans: StocktakeFacts['loans']): StocktakeReportLine {
  const loan = copy.loanId ? loans.get(copy.loanId) : undefined;
  return {
    copyId: copy.id,
    barcode: copy.barcode,
    title: copy.title,
    editionNumber: copy.editionNumber,
    location: copy.location,
    status: copy.status,
    ...(loan ? { borrowerName: loan.borrowerName, dueDate: loan.dueDate } : {}),
  };
}

const byShelf = (a: StocktakeReportLine, b: StocktakeReportLine) =>
  a.location.localeCompare(b.location) || a.barcode.localeCompare(b.barcode);

/** The report: what should be there but was not scanned, what was scanned but should not be there, and unknown codes. */
export function stocktakeReport(facts: StocktakeFacts): StocktakeReport {
  const scanned = new Set(facts.scanned);
  const known = new Map(facts.scannedCopies.map((c) => [c.barcode, c]));
  const missing = facts.expected
    .filter((c) => isOnShelfStatus(c.status) && coversLocation(facts.locations, c.location))
    .filter((c) => !scanned.has(c.barcode))
    .map((c) => line(c, facts.loans))
    .sort(byShelf);
  const notOnShelf: StocktakeReportLine[] = [];
  const misplaced: StocktakeReportLine[] = [];
  const unknown: string[] = [];
  for (const barcode of scanned) {
    const copy = known.get(barcode);
    if (!copy) unknown.push(barcode);
    else if (!isOnShelfStatus(copy.status)) notOnShelf.push(line(copy, facts.loans));
    else if (!coversLocation(facts.locations, copy.location)) misplaced.push(line(copy, facts.loans));
  }
  return {
    missing,
    notOnShelf: notOnShelf.sort(byShelf),
    misplaced: misplaced.sort(byShelf),
    unknown: unknown.sort(),
  };
}
