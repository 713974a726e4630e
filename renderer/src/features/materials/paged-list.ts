import Dexie, { type Collection, type IndexableType, type Table } from 'dexie';
import { useEffect, useMemo, useSyncExternalStore } from 'react';

export const PAGE_SIZE = 100;

/** Bounds for the open ends of a compound-key range: numbers sort below strings, arrays above both. */
export const KEY_MIN = -Infinity;
// A fresh array each time: IndexedDB refuses a key that holds the same array object twice.
export const keyMax = (): IndexableType => [];

export interface Page<T> {
  rows: T[];
  /** Where the next page starts, or null at the end. */
  after: IndexableType[] | null;
}

/** Which compound index answers a list query, the values it is fixed to, and what is left to check. */
export interface IndexPlan<T> {
  index: string;
  prefix: IndexableType[];
  filter?: (row: T) => boolean;
}

/**
 * One page of a title-sorted list read from a `[…prefix+titleKey+id]` index, continuing after the
 * last key; a filter the index does not cover is checked as the cursor walks (an index walk, never
 * a table scan).
 */
export async function readTitlePage<T extends { id: string; titleKey: string }>(
  table: Table<T, string>,
  plan: IndexPlan<T>,
  after: IndexableType[] | null,
  limit: number,
): Promise<Page<T>> {
  const lower = after ?? [...plan.prefix, KEY_MIN, KEY_MIN];
  const upper = [...plan.prefix, keyMax(), keyMax()];
  let collection: Collection<T, string> = table.where(plan.index).between(lower, upper, after === null, true);
  if (plan.filter) collection = collection.filter(plan.filter);
  const rows = await collection.limit(limit).toArray();
  const last = rows[rows.length - 1];
  return { rows, after: rows.length < limit || !last ? null : [...plan.prefix, last.titleKey, last.id] };
}

/** Hits of a search (or of a small index read) in title order, once, for lists that show them whole. */
export function byTitle<T extends { id: string; titleKey: string }>(rows: T[]): T[] {
  return rows.sort((a, b) => a.titleKey.localeCompare(b.titleKey) || a.id.localeCompare(b.id));
}

interface ListState<T> {
  rows: T[];
  after: IndexableType[] | null;
  loading: boolean;
}

type FetchPage<T> = (after: IndexableType[] | null, limit: number) => Promise<Page<T>>;

/**
 * Rows of a list, read a page at a time and continued after the last key. When the watched tables
 * change anywhere (this window, another one) the rows already shown are read again in one query, so
 * the list stays where the user scrolled.
 */
class PagedListStore<T> {
  private state: ListState<T> = { rows: [], after: null, loading: true };
  private listeners = new Set<() => void>();
  private generation = 0;
  private loadingMore = false;

  constructor(
    private readonly fetchPage: FetchPage<T>,
    private readonly tables: readonly string[],
  ) {}

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = () => this.state;

  private set(next: ListState<T>) {
    this.state = next;
    this.listeners.forEach((l) => l());
  }

  start(): () => void {
    void this.reload(PAGE_SIZE);
    const onMutated = (parts: Record<string, unknown>) => {
      const keys = Object.keys(parts);
      if (keys.some((key) => this.tables.some((t) => key.includes(`/${t}/`))))
        void this.reload(this.state.rows.length);
    };
    Dexie.on('storagemutated', onMutated);
    return () => {
      this.generation++;
      Dexie.on('storagemutated').unsubscribe(onMutated);
    };
  }

  private async reload(count: number) {
    const mine = ++this.generation;
    const page = await this.fetchPage(null, Math.max(count, PAGE_SIZE));
    if (mine === this.generation) this.set({ rows: page.rows, after: page.after, loading: false });
  }

  loadMore = async () => {
    if (this.loadingMore || !this.state.after) return;
    this.loadingMore = true;
    const mine = this.generation;
    try {
      const page = await this.fetchPage(this.state.after, PAGE_SIZE);
      if (mine === this.generation) {
        this.set({ rows: [...this.state.rows, ...page.rows], after: page.after, loading: false });
      }
    } finally {
      this.loadingMore = false;
    }
  };
}

/**
 * A list's rows for a query; `queryKey` names the query's content, so a new object with the same
 * content keeps the rows. `fetchPage` must read only what `queryKey` describes.
 */
export function usePagedList<T>(queryKey: string, fetchPage: FetchPage<T>, tables: readonly string[]) {
  // A new store only when the query's content changes, not when a new function with the same query arrives.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const store = useMemo(() => new PagedListStore(fetchPage, tables), [queryKey]);
  useEffect(() => store.start(), [store]);
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot);
  return { ...state, hasMore: state.after !== null, loadMore: store.loadMore };
}
