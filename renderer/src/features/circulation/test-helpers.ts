import 'fake-indexeddb/auto';
import type { Charge, Copy, Loan } from '../../../../shared/domain/lending';
import { createDatabase, type TrainDeskDatabase } from '../../db';
import type { WriteContext } from '../shared-ui';

let n = 0;

/** A fresh database of the latest schema on fake-indexeddb, one per test. */
export async function openTestDatabase(name: string): Promise<TrainDeskDatabase> {
  const db = createDatabase(`circulation-${name}-${n++}`, Infinity, { reloadOnVersionChange: false });
  await db.open();
  return db;
}

let ids = 0;
export const ctx = (now = Date.UTC(2026, 2, 2, 9)): WriteContext => ({
  actor: 'tester',
  now,
  newId: () => `id-${++ids}`,
});

const meta = { createdAt: 1, updatedAt: 1, updatedBy: 'seed' };

export function copy(barcode: string, over: Partial<Copy> = {}): Copy {
  return {
    ...meta,
    id: `copy-${barcode}`,
    barcode,
    materialId: 'm1',
    editionId: 'e1',
    editionNumber: 1,
    title: '投诉处理实务',
    materialType: 'textbook',
    location: 'A-01',
    acquiredOn: '2025-01-01',
    replacementCost: 4_850,
    currency: 'CNY',
    condition: 'good',
    status: 'available',
    notes: '',
    del: 0,
    ...over,
  };
}

export function loan(id: string, over: Partial<Loan> = {}): Loan {
  return {
    ...meta,
    id,
    copyId: 'copy-C1',
    barcode: 'C1',
    materialId: 'm1',
    editionId: 'e1',
    title: '投诉处理实务',
    borrowerId: 'p1',
    borrowerName: '张伟',
    department: '客户服务部',
    outAt: 1_000,
    dueDate: '2026-03-10',
    renewals: 0,
    open: 1,
    ...over,
  };
}

export function charge(id: string, over: Partial<Charge> = {}): Charge {
  return {
    ...meta,
    id,
    borrowerId: 'p1',
    borrowerName: '张伟',
    copyId: 'copy-C1',
    barcode: 'C1',
    title: '投诉处理实务',
    reason: 'lost',
    amount: 4_850,
    currency: 'CNY',
    status: 'open',
    ...over,
  };
}
