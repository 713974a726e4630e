import type { Charge, Hold, Loan } from '../../../../shared/domain/lending';
import type { TrainDeskDatabase } from '../../db';
import type { Page } from '../shared-ui';
import { KEY_MIN, keyMax } from '../shared-ui';
import { readKeysetPage, type KeysetCursor } from './keyset';

/**
 * What a borrower's page reads: each part one short index range, so the page opens at once however
 * many loans the borrower had before (the history is read a page at a time).
 */

/** Copies the borrower has now, soonest due first. */
export function currentLoans(db: TrainDeskDatabase, borrowerId: string): Promise<Loan[]> {
  return db.loans
    .where('[borrowerId+open+dueDate]')
    .between([borrowerId, 1, KEY_MIN], [borrowerId, 1, keyMax()])
    .toArray();
}

/** Returned (or lost) loans, newest first, a page at a time from `[borrowerId+outAt]`. */
export function loanHistoryPage(
  db: TrainDeskDatabase,
  borrowerId: string,
  after: KeysetCursor | null,
  limit: number,
): Promise<Page<Loan, KeysetCursor>> {
  return readKeysetPage(
    db.loans,
    {
      index: '[borrowerId+outAt]',
      prefix: [borrowerId],
      sortKey: (l) => l.outAt,
      descending: true,
      filter: (l) => l.open === 0,
    },
    after,
    limit,
  );
}

/** How many holds and charges the page shows: a borrower with more sees the latest. */
export const RECENT_LIMIT = 100;

export interface BorrowerHold extends Hold {
  materialTitle: string;
  /** The barcode of the copy a copy-specific hold asks for, or of the copy waiting on the hold shelf. */
  barcode?: string;
}

/** The borrower's holds, newest first, with the titles and barcodes they name. */
export async function borrowerHolds(db: TrainDeskDatabase, borrowerId: string): Promise<BorrowerHold[]> {
  const holds = await db.holds
    .where('[borrowerId+placedAt]')
    .between([borrowerId, KEY_MIN], [borrowerId, keyMax()])
    .reverse()
    .limit(RECENT_LIMIT)
    .toArray();
  return describeHolds(db, holds);
}

/** Adds the material's title and the copy's barcode to holds, in two reads for all of them. */
export async function describeHolds(db: TrainDeskDatabase, holds: Hold[]): Promise<BorrowerHold[]> {
  const copyIds = holds.map((h) => h.readyCopyId ?? h.copyId);
  const [materials, copies] = await Promise.all([
    db.materials.bulkGet([...new Set(holds.map((h) => h.materialId))]),
    db.copies.bulkGet([...new Set(copyIds.filter((id): id is string => id !== undefined))]),
  ]);
  const titles = new Map(materials.flatMap((m) => (m ? [[m.id, m.title] as const] : [])));
  const barcodes = new Map(copies.flatMap((c) => (c ? [[c.id, c.barcode] as const] : [])));
  return holds.map((h, i) => {
    const copyId = copyIds[i];
    const barcode = copyId ? barcodes.get(copyId) : undefined;
    return { ...h, materialTitle: titles.get(h.materialId) ?? '', ...(barcode ? { barcode } : {}) };
  });
}

/** The borrower's charges, newest first. */
export function borrowerCharges(db: TrainDeskDatabase, borrowerId: string): Promise<Charge[]> {
  return db.charges
    .where('[borrowerId+createdAt]')
    .between([borrowerId, KEY_MIN], [borrowerId, keyMax()])
    .reverse()
    .limit(RECENT_LIMIT)
    .toArray();
}
