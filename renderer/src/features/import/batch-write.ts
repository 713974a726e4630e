import type { Table } from 'dexie';
import type { TrainDeskDatabase } from '../../db';

/** Rows per `bulkPut`: big enough to amortise each call, small enough to show progress often. */
export const WRITE_BATCH = 1_000;

export interface BatchWriteOptions {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/**
 * Writes rows a batch at a time, all inside ONE read-write transaction on `tables`: the import is
 * all or nothing. Aborting the signal aborts the transaction at once, so a cancelled import leaves
 * nothing behind. `finish` runs last in the same transaction (counters).
 */
export async function writeInBatches<T>(
  db: TrainDeskDatabase,
  tables: Table[],
  rows: readonly T[],
  { onProgress, signal }: BatchWriteOptions,
  writeBatch: (batch: readonly T[]) => Promise<void>,
  finish?: () => Promise<void>,
): Promise<void> {
  signal?.throwIfAborted();
  await db.transaction('rw', tables, async (tx) => {
    const abort = () => tx.abort();
    signal?.addEventListener('abort', abort, { once: true });
    try {
      for (let start = 0; start < rows.length; start += WRITE_BATCH) {
        signal?.throwIfAborted();
        await writeBatch(rows.slice(start, start + WRITE_BATCH));
        onProgress?.(Math.min(start + WRITE_BATCH, rows.length), rows.length);
      }
      signal?.throwIfAborted();
      await finish?.();
    } finally {
      signal?.removeEventListener('abort', abort);
    }
  });
}
