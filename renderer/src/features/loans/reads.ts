import Dexie from 'dexie';
import type { ANY, Copy, Hold, Loan, LoanPolicy } from '../../../../shared/domain/lending';
import type { MaterialType } from '../../../../shared/domain/material';
import { normalizeBarcode } from '../../../../shared/domain/barcode';
import { policyCandidateKeys } from '../../../../shared/domain/loan-policy';
import type { TrainDeskDatabase } from '../../db';

/**
 * Index reads the lending commands share. Each is one key or one key range; none walks a table.
 * Called inside a command's transaction, they see the state that transaction will change.
 */

/** Barcodes are stored normalised (upper-case, half-width): a scanner in lower-case mode still finds the copy. */
export function copyByBarcode(db: TrainDeskDatabase, barcode: string): Promise<Copy | undefined> {
  return db.copies.where('barcode').equals(normalizeBarcode(barcode)).first();
}

/** The rules-matrix rows that may answer for this material type and position: at most four keys. */
export function policyRows(
  db: TrainDeskDatabase,
  materialType: MaterialType | typeof ANY,
  position: string | undefined,
): Promise<LoanPolicy[]> {
  return db.loanPolicies
    .where('[materialType+position]')
    .anyOf(policyCandidateKeys(materialType, position))
    .toArray();
}

/** Closed dates from today on: past ones can never matter to a due date or a hold shelf. */
export async function closedDatesFrom(db: TrainDeskDatabase, today: string): Promise<string[]> {
  return db.closedDays.where('date').aboveOrEqual(today).primaryKeys();
}

/** A borrower's open loans, soonest due first. */
export function openLoansOf(db: TrainDeskDatabase, borrowerId: string): Promise<Loan[]> {
  return db.loans
    .where('[borrowerId+open+dueDate]')
    .between([borrowerId, 1, Dexie.minKey], [borrowerId, 1, Dexie.maxKey])
    .toArray();
}

/** A material's holds in one status, oldest first. */
export function holdsOfMaterial(
  db: TrainDeskDatabase,
  materialId: string,
  status: Hold['status'],
): Promise<Hold[]> {
  return db.holds
    .where('[materialId+status+placedAt]')
    .between([materialId, status, Dexie.minKey], [materialId, status, Dexie.maxKey])
    .toArray();
}

/** The copy's last loan (the one it was lost on, for a lost copy that turns up). */
export function lastLoanOfCopy(db: TrainDeskDatabase, copyId: string): Promise<Loan | undefined> {
  return db.loans.where('[copyId+outAt]').between([copyId, Dexie.minKey], [copyId, Dexie.maxKey]).last();
}
