import { DomainError } from '../../../../shared/domain/errors';
import type { Copy, Stocktake, StocktakeReport } from '../../../../shared/domain/lending';
import {
  locationRanges,
  normaliseScan,
  ON_SHELF_STATUSES,
  parseLocations,
  stocktakeReport,
} from '../../../../shared/domain/stocktake';
import type { TrainDeskDatabase } from '../../db';
import { newId, type WriteContext } from '../shared-ui';
import { KEY_MIN, keyMax } from '../shared-ui';

/** Starts a stocktake 盘点 of the given shelf locations (all of them when none is given). */
export async function startStocktake(
  db: TrainDeskDatabase,
  ctx: WriteContext,
  locationsText: string,
): Promise<Stocktake> {
  const stocktake: Stocktake = {
    id: newId(ctx),
    createdAt: ctx.now,
    updatedAt: ctx.now,
    updatedBy: ctx.actor,
    startedAt: ctx.now,
    locations: parseLocations(locationsText),
    scanned: 0,
  };
  await db.stocktakes.add(stocktake);
  return stocktake;
}

async function openStocktake(db: TrainDeskDatabase, id: string): Promise<Stocktake> {
  const stocktake = await db.stocktakes.get(id);
  if (!stocktake) throw new DomainError('circulation:errors.stocktakeNotFound');
  if (stocktake.finishedAt !== undefined) throw new DomainError('circulation:errors.stocktakeFinished');
  return stocktake;
}

export type ScanResult =
  | { kind: 'seen'; barcode: string; copy: Copy }
  | { kind: 'unknown'; barcode: string }
  | { kind: 'duplicate'; barcode: string; copy?: Copy }
  | { kind: 'empty' };

/**
 * One scan: stored once per barcode (a second scan of the same copy changes nothing), counted, and
 * a 'stocktakeSeen' line in the copy's history; a barcode no copy has is kept too, for the report.
 */
export async function recordScan(
  db: TrainDeskDatabase,
  ctx: WriteContext,
  stocktakeId: string,
  typed: string,
): Promise<ScanResult> {
  const barcode = normaliseScan(typed);
  if (!barcode) return { kind: 'empty' };
  return db.transaction('rw', [db.stocktakes, db.stocktakeScans, db.copies, db.copyEvents], async () => {
    const [stocktake, existing, copy] = await Promise.all([
      openStocktake(db, stocktakeId),
      db.stocktakeScans.get([stocktakeId, barcode]),
      db.copies.where('barcode').equals(barcode).first(),
    ]);
    if (existing) return copy ? { kind: 'duplicate', barcode, copy } : { kind: 'duplicate', barcode };
    await db.stocktakeScans.add({ stocktakeId, barcode, at: ctx.now });
    await db.stocktakes.put({
      ...stocktake,
      scanned: stocktake.scanned + 1,
      updatedAt: ctx.now,
      updatedBy: ctx.actor,
    });
    if (!copy) return { kind: 'unknown', barcode };
    await db.copyEvents.add({
      id: newId(ctx),
      copyId: copy.id,
      at: ctx.now,
      kind: 'stocktakeSeen',
      actor: ctx.actor,
      detail: { stocktakeId, location: copy.location, status: copy.status },
    });
    return { kind: 'seen', barcode, copy };
  });
}

/** The barcodes scanned so far, from the scans' own keys (no records read). */
async function scannedBarcodes(db: TrainDeskDatabase, stocktakeId: string): Promise<string[]> {
  const keys = await db.stocktakeScans
    .where('[stocktakeId+barcode]')
    .between([stocktakeId, KEY_MIN], [stocktakeId, keyMax()])
    .primaryKeys();
  return keys.map(([, barcode]) => barcode);
}

/**
 * Barcodes of the copies the records put on the covered shelves, read from the
 * `[status+location+barcode]` index keys alone: a stocktake of the whole collection reads no records.
 */
async function expectedOnShelf(db: TrainDeskDatabase, locations: string[]): Promise<string[]> {
  const index = db.copies.where('[status+location+barcode]');
  const ranges = locations.length ? locationRanges(locations) : [null];
  const reads = ON_SHELF_STATUSES.flatMap((status) =>
    ranges.map((prefix) =>
      prefix === null
        ? index.between([status, KEY_MIN, KEY_MIN], [status, keyMax(), keyMax()]).keys()
        : index.between([status, prefix], [status, `${prefix}\uffff`], true, false).keys(),
    ),
  );
  const keys = (await Promise.all(reads)).flat() as unknown as [string, string, string][];
  return keys.map(([, , barcode]) => barcode);
}

/** What the stocktake found, compared with the records as they are now. */
export async function buildStocktakeReport(
  db: TrainDeskDatabase,
  stocktake: Stocktake,
): Promise<StocktakeReport> {
  const [scanned, expected] = await Promise.all([
    scannedBarcodes(db, stocktake.id),
    expectedOnShelf(db, stocktake.locations),
  ]);
  const seen = new Set(scanned);
  const notScanned = expected.filter((b) => !seen.has(b));
  const [missingCopies, scannedCopies] = await Promise.all([
    db.copies.where('barcode').anyOf(notScanned).toArray(),
    db.copies.where('barcode').anyOf(scanned).toArray(),
  ]);
  const loanIds = scannedCopies.flatMap((c) => (c.status === 'onLoan' && c.loanId ? [c.loanId] : []));
  const loans = await db.loans.bulkGet(loanIds);
  return stocktakeReport({
    locations: stocktake.locations,
    expected: missingCopies,
    scanned,
    scannedCopies,
    loans: new Map(loans.flatMap((l) => (l ? [[l.id, l] as const] : []))),
  });
}

/** Finishes the stocktake and keeps its report, so a past stocktake reads as it was on the day. */
export async function finishStocktake(
  db: TrainDeskDatabase,
  ctx: WriteContext,
  id: string,
): Promise<Stocktake> {
  return db.transaction('rw', [db.stocktakes, db.stocktakeScans, db.copies, db.loans], async () => {
    const stocktake = await openStocktake(db, id);
    const report = await buildStocktakeReport(db, stocktake);
    const finished: Stocktake = {
      ...stocktake,
      finishedAt: ctx.now,
      report,
      updatedAt: ctx.now,
      updatedBy: ctx.actor,
    };
    await db.stocktakes.put(finished);
    return finished;
  });
}
