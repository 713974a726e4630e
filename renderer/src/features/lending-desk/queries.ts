import type { Copy, Hold } from '../../../../shared/domain/lending';
import type { Material } from '../../../../shared/domain/material';
import type { TrainDeskDatabase } from '../../db';
import { searchFullText } from '../../db/fulltext';
import { borrowerSummary, type BorrowerLendingSummary } from '../loans';

export interface ReadyHold {
  hold: Hold;
  /** The copy waiting on the hold shelf, for its title and barcode. */
  copy?: Copy;
}

/** The engine's summary of the borrower at the counter, with the copies on the hold shelf for them. */
export interface DeskBorrowerSummary extends BorrowerLendingSummary {
  ready: ReadyHold[];
}

export async function readBorrowerSummary(
  db: TrainDeskDatabase,
  borrowerId: string,
  today: string,
): Promise<DeskBorrowerSummary> {
  const summary = await borrowerSummary(db, borrowerId, today);
  const copies = await db.copies.bulkGet(summary.readyHolds.map((h) => h.readyCopyId ?? ''));
  return { ...summary, ready: summary.readyHolds.map((hold, i) => ({ hold, copy: copies[i] })) };
}

/** How many materials a reservation search offers: the desk picks one, it does not browse. */
const MATERIAL_HITS = 20;

/** Live materials whose title, authors or description hold the words typed. */
export async function findMaterials(db: TrainDeskDatabase, query: string): Promise<Material[]> {
  const hits = await searchFullText(db, 'material', query);
  if (!hits) return [];
  const rows = await db.materials.bulkGet(hits.slice(0, MATERIAL_HITS * 2).map((h) => h.id));
  return rows.filter((m): m is Material => m !== undefined && m.del === 0).slice(0, MATERIAL_HITS);
}
