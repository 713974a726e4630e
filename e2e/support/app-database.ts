import type { Page } from '@playwright/test';

/**
 * The app's own IndexedDB, opened beside its connection: stories seed rows the way the screens that
 * make them would, and read back what a screen stored. The stories' stores stay small.
 */

/** Puts the rows into their stores in one transaction. */
export async function putRows(page: Page, stores: Record<string, unknown[]>) {
  await page.evaluate(
    (data) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('traindesk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const names = Object.keys(data).filter((name) => data[name]!.length > 0);
          if (names.length === 0) {
            open.result.close();
            resolve();
            return;
          }
          const tx = open.result.transaction(names, 'readwrite');
          for (const name of names) for (const row of data[name]!) tx.objectStore(name).put(row);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    stores,
  );
}

/** Every row of a store, as stored. */
export function storedRows<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('traindesk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction(name).objectStore(name).getAll();
          read.onsuccess = () => {
            resolve(read.result as T[]);
            open.result.close();
          };
          read.onerror = () => reject(read.error);
        };
      }),
    store,
  );
}
