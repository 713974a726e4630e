import type { IndexableType } from 'dexie';
import { normalizeBarcode } from '../../../../shared/domain/barcode';
import {
  COPY_STATUSES,
  type Copy,
  type CopyEvent,
  type CopyStatus,
  type Loan,
} from '../../../../shared/domain/lending';
import type { Edition, Material } from '../../../../shared/domain/material';
import type { TrainDeskDatabase } from '../../db';
import { searchFullText } from '../../db/fulltext';
import type { Page } from '../shared-ui';
import { COPIES_COUNTER } from './counters';
import { KEY_MIN, keyMax } from '../shared-ui';

export interface CopiesQuery {
  status?: CopyStatus;
  materialId?: string;
  /** An edition number of the material (only with materialId). */
  edition?: number;
  /** A barcode prefix, as typed or scanned. */
  barcode?: string;
}

/** Above every string: the open end of a barcode range. */
const TOP = '\uffff';

interface CopiesPlan {
  index: string;
  lower: IndexableType[];
  upper: IndexableType[];
  filter?: (copy: Copy) => boolean;
  /** The index key of a row, where the next page continues. */
  keyOf(copy: Copy): IndexableType[];
}

/**
 * Which index answers a copies list query. Every copies index ends with the (unique) barcode, so the
 * key of a page's last row is unique and the next page continues right after it.
 * - a material: `[materialId+barcode]`, barcode prefix as a range; status and edition checked as the cursor walks;
 * - a status alone: `[status+location+barcode]`, by shelf location (what someone walking the shelves wants);
 * - otherwise `[del+barcode]`, the barcode prefix as a range (and a status checked as the cursor walks).
 */
export function planCopiesQuery(q: CopiesQuery): CopiesPlan {
  const prefix = q.barcode ? normalizeBarcode(q.barcode) : '';
  if (q.materialId) {
    const { status, edition } = q;
    const checks: ((c: Copy) => boolean)[] = [];
    if (status) checks.push((c) => c.status === status);
    if (edition !== undefined) checks.push((c) => c.editionNumber === edition);
    return {
      index: '[materialId+barcode]',
      lower: [q.materialId, prefix],
      upper: [q.materialId, prefix + TOP],
      filter: checks.length ? (c) => checks.every((check) => check(c)) : undefined,
      keyOf: (c) => [c.materialId, c.barcode],
    };
  }
  const { status } = q;
  if (status && !prefix) {
    return {
      index: '[status+location+barcode]',
      lower: [status, KEY_MIN, KEY_MIN],
      upper: [status, keyMax(), keyMax()],
      keyOf: (c) => [c.status, c.location, c.barcode],
    };
  }
  // A barcode prefix narrows more than a status does: its range, with the status checked on the way.
  return {
    index: '[del+barcode]',
    lower: [0, prefix],
    upper: [0, prefix + TOP],
    filter: status ? (c) => c.status === status : undefined,
    keyOf: (c) => [c.del, c.barcode],
  };
}

export async function fetchCopiesPage(
  db: TrainDeskDatabase,
  q: CopiesQuery,
  after: IndexableType[] | null,
  limit: number,
): Promise<Page<Copy>> {
  const plan = planCopiesQuery(q);
  let collection = db.copies.where(plan.index).between(after ?? plan.lower, plan.upper, after === null, true);
  if (plan.filter) collection = collection.filter(plan.filter);
  const rows = await collection.limit(limit).toArray();
  const last = rows[rows.length - 1];
  return { rows, after: rows.length < limit || !last ? null : plan.keyOf(last) };
}

export async function copiesCount(db: TrainDeskDatabase): Promise<number> {
  return (await db.counters.get(COPIES_COUNTER))?.value ?? 0;
}

export function copyByBarcode(db: TrainDeskDatabase, barcode: string): Promise<Copy | undefined> {
  return db.copies.where('barcode').equals(normalizeBarcode(barcode)).first();
}

export type StatusCounts = Record<CopyStatus, number>;

/**
 * An edition's copies by status, from the keys of `[editionId+status]` alone (no records read):
 * one range per edition, and a material has a handful of editions.
 */
export async function editionStatusCounts(db: TrainDeskDatabase, editionId: string): Promise<StatusCounts> {
  const counts = Object.fromEntries(COPY_STATUSES.map((s) => [s, 0])) as StatusCounts;
  const keys = await db.copies
    .where('[editionId+status]')
    .between([editionId, KEY_MIN], [editionId, keyMax()])
    .keys();
  for (const key of keys) {
    const status = (key as unknown as [string, CopyStatus])[1];
    counts[status] += 1;
  }
  return counts;
}

/** A material's editions, oldest first, from `[materialId+number]` (a handful per material). */
export function editionsOfMaterial(db: TrainDeskDatabase, materialId: string): Promise<Edition[]> {
  return db.editions
    .where('[materialId+number]')
    .between([materialId, KEY_MIN], [materialId, Infinity])
    .toArray();
}

/** How many materials the picker offers at once. */
export const PICKER_LIMIT = 30;

/** Live materials for a picker: full-text hits for typed words, else the first titles in order. */
export async function findMaterials(db: TrainDeskDatabase, text: string): Promise<Material[]> {
  const hits = await searchFullText(db, 'material', text);
  if (hits) {
    const rows = await db.materials.bulkGet(hits.slice(0, PICKER_LIMIT * 2).map((h) => h.id));
    return rows
      .filter((m): m is Material => m !== undefined && m.del === 0)
      .sort((a, b) => a.titleKey.localeCompare(b.titleKey))
      .slice(0, PICKER_LIMIT);
  }
  return db.materials
    .where('[del+titleKey+id]')
    .between([0, KEY_MIN, KEY_MIN], [0, keyMax(), keyMax()])
    .limit(PICKER_LIMIT)
    .toArray();
}

/** Where a newest-first history page continues: before this instant, minus the rows already shown at it. */
export interface HistoryCursor {
  at: number;
  shown: string[];
}

/**
 * One page of a copy's history, newest first, from a `[copyId+<instant>]` index. Two rows may share
 * an instant, so the cursor keeps the ids already shown at the last one and the next page starts
 * at that instant again without them.
 */
async function historyPage<T extends { id: string }>(
  rowsBefore: (upper: number, limit: number) => Promise<T[]>,
  instantOf: (row: T) => number,
  after: HistoryCursor | null,
  limit: number,
): Promise<Page<T, HistoryCursor>> {
  const shown = new Set(after?.shown ?? []);
  const read = await rowsBefore(after?.at ?? Infinity, limit + shown.size);
  const rows = read.filter((r) => !shown.has(r.id)).slice(0, limit);
  const last = rows[rows.length - 1];
  if (rows.length < limit || !last) return { rows, after: null };
  const at = instantOf(last);
  const atLast = rows.filter((r) => instantOf(r) === at).map((r) => r.id);
  return { rows, after: { at, shown: after?.at === at ? [...shown, ...atLast] : atLast } };
}

export function fetchCopyEventsPage(
  db: TrainDeskDatabase,
  copyId: string,
  after: HistoryCursor | null,
  limit: number,
): Promise<Page<CopyEvent, HistoryCursor>> {
  return historyPage(
    (upper, n) =>
      db.copyEvents
        .where('[copyId+at]')
        .between([copyId, KEY_MIN], [copyId, upper], true, true)
        .reverse()
        .limit(n)
        .toArray(),
    (e) => e.at,
    after,
    limit,
  );
}

export function fetchCopyLoansPage(
  db: TrainDeskDatabase,
  copyId: string,
  after: HistoryCursor | null,
  limit: number,
): Promise<Page<Loan, HistoryCursor>> {
  return historyPage(
    (upper, n) =>
      db.loans
        .where('[copyId+outAt]')
        .between([copyId, KEY_MIN], [copyId, upper], true, true)
        .reverse()
        .limit(n)
        .toArray(),
    (l) => l.outAt,
    after,
    limit,
  );
}

/**
 * The copies a label sheet prints: one copy, the copies added together in one batch, or every copy
 * of a material's edition still in the collection, in barcode order.
 */
export type LabelSelection = { copyId: string } | { materialId: string; edition?: number; addedAt?: number };

/** Labels are read a material's range at a time; nobody prints more than this in one sheet run. */
export const MAX_LABELS = 2_000;

export async function copiesForLabels(db: TrainDeskDatabase, selection: LabelSelection): Promise<Copy[]> {
  if ('copyId' in selection) {
    const copy = await db.copies.get(selection.copyId);
    return copy ? [copy] : [];
  }
  const { materialId, edition, addedAt } = selection;
  return db.copies
    .where('[materialId+barcode]')
    .between([materialId, KEY_MIN], [materialId, keyMax()])
    .filter(
      (c) =>
        (edition === undefined || c.editionNumber === edition) &&
        (addedAt === undefined ? c.status !== 'withdrawn' && c.status !== 'lost' : c.createdAt === addedAt),
    )
    .limit(MAX_LABELS)
    .toArray();
}
