import type { Copy, Stocktake, StocktakeScan } from '../../../../shared/domain/lending';
import type { TrainDeskDatabase } from '../../db';

/** Stocktakes are few (a few a year): the latest ones, newest first. */
export function recentStocktakes(db: TrainDeskDatabase, limit = 100): Promise<Stocktake[]> {
  return db.stocktakes.orderBy('startedAt').reverse().limit(limit).toArray();
}

export interface RecentScan extends StocktakeScan {
  copy?: Copy;
}

/** The last scans of a stocktake, newest first, with their copies (unknown barcodes have none). */
export async function recentScans(
  db: TrainDeskDatabase,
  stocktakeId: string,
  limit = 30,
): Promise<RecentScan[]> {
  const scans = await db.stocktakeScans
    .where('[stocktakeId+at]')
    .between([stocktakeId, -Infinity], [stocktakeId, Infinity])
    .reverse()
    .limit(limit)
    .toArray();
  const copies = await db.copies
    .where('barcode')
    .anyOf(scans.map((s) => s.barcode))
    .toArray();
  const byBarcode = new Map(copies.map((c) => [c.barcode, c]));
  return scans.map((s) => {
    const copy = byBarcode.get(s.barcode);
    return copy ? { ...s, copy } : s;
  });
}
