import Dexie, { type IndexableType } from 'dexie';
import { useEffect, useMemo, useSyncExternalStore } from 'react';

export const PAGE_SIZE = 100;

export interface Page<Row, Cursor = IndexableType[]> {
  rows: Row[];
  /** Where the next page starts, or null at the end. */
  after: Cursor | null;
}

/** Reads up to `limit` rows after `after` (from the start when null); `P` may carry more than rows. */
export type FetchPage<Row, Cursor, P extends Page<Row, Cursor>> = (
  after: Cursor | null,
  limit: number,
) => Promise<P & Page<Row, Cursor>>;

interface PagedListState<Row, Cursor, P> {
  rows: Row[];
  after: Cursor | null;
  loading: boolean;
  /** The page read last, for what a fetcher tells besides rows (a search that was capped). */
  last: P | null;
}

/**
 * Rows of a list, read a page at a time from an index and continued after the last key. When one of
 * the watched tables changes anywhere (this window, another one, an import) the rows already shown
 * are read again in one query, so the list stays where the user scrolled.
 */
export class PagedListStore<Row, Cursor, P extends Page<Row, Cursor>> {
  private state: PagedListState<Row, Cursor, P> = { rows: [], after: null, loading: true, last: null };
  private listeners = new Set<() => void>();
  private generation = 0;
  private loadingMore = false;

  constructor(
    private readonly fetchPage: FetchPage<Row, Cursor, P>,
    private readonly tables: readonly string[],
  ) {}

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = () => this.state;

  private set(next: PagedListState<Row, Cursor, P>) {
    this.state = next;
    this.listeners.forEach((l) => l());
  }

  /** Reads the first page and follows changes to the tables until the returned function is called. */
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
    if (mine === this.generation)
      this.set({ rows: page.rows, after: page.after, loading: false, last: page });
  }

  loadMore = async () => {
    if (this.loadingMore || this.state.after === null) return;
    this.loadingMore = true;
    const mine = this.generation;
    try {
      const page = await this.fetchPage(this.state.after, PAGE_SIZE);
      if (mine === this.generation) {
        this.set({ rows: [...this.state.rows, ...page.rows], after: page.after, loading: false, last: page });
      }
    } finally {
      this.loadingMore = false;
    }
  };
}

/**
 * A list's rows for a query, kept up to date with `tables`; `queryKey` names the query's content, so
 * a new fetcher for the same content keeps the rows. `fetchPage` must read only what `queryKey`
 * describes.
 */
export function usePagedList<Row, Cursor = IndexableType[], P extends Page<Row, Cursor> = Page<Row, Cursor>>(
  queryKey: string,
  fetchPage: FetchPage<Row, Cursor, P>,
  tables: readonly string[],
) {
  // A new store only when the query's content changes, not when a new function with the same query arrives.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const store = useMemo(() => new PagedListStore(fetchPage, tables), [queryKey]);
  useEffect(() => store.start(), [store]);
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot);
  return { ...state, hasMore: state.after !== null, loadMore: store.loadMore };
}
