import Dexie from 'dexie';
import { useEffect, useMemo, useSyncExternalStore } from 'react';

export const PAGE_SIZE = 100;

export interface Page<Row, Cursor> {
  rows: Row[];
  /** Where the next page starts, or null at the end. */
  after: Cursor | null;
}

export type FetchPage<Row, Cursor> = (after: Cursor | null, limit: number) => Promise<Page<Row, Cursor>>;

export interface PagedListState<Row, Cursor> {
  rows: Row[];
  after: Cursor | null;
  loading: boolean;
}

/**
 * Rows of a list read a page at a time from an index and continued after the last key (the people
 * list's pattern, for any table). When the table changes anywhere the rows already shown are read
 * again in one query, so the list stays where the user scrolled.
 */
class PagedListStore<Row, Cursor> {
  private state: PagedListState<Row, Cursor> = { rows: [], after: null, loading: true };
  private listeners = new Set<() => void>();
  private generation = 0;
  private loadingMore = false;

  constructor(
    private readonly table: string,
    private readonly fetchPage: FetchPage<Row, Cursor>,
  ) {}

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = () => this.state;

  private set(next: PagedListState<Row, Cursor>) {
    this.state = next;
    this.listeners.forEach((l) => l());
  }

  start(): () => void {
    void this.reload(PAGE_SIZE);
    const onMutated = (parts: Record<string, unknown>) => {
      if (Object.keys(parts).some((key) => key.includes(`/${this.table}/`)))
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
    if (this.loadingMore || this.state.after === null) return;
    this.loadingMore = true;
    const mine = this.generation;
    try {
      const page = await this.fetchPage(this.state.after, PAGE_SIZE);
      if (mine === this.generation)
        this.set({ rows: [...this.state.rows, ...page.rows], after: page.after, loading: false });
    } finally {
      this.loadingMore = false;
    }
  };
}

/**
 * A paged list of `table` for a query: a new store only when the query's content (`queryKey`)
 * changes, not when a new object with the same content arrives.
 */
export function usePagedList<Row, Cursor>(
  table: string,
  queryKey: string,
  fetchPage: FetchPage<Row, Cursor>,
) {
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const store = useMemo(() => new PagedListStore(table, fetchPage), [table, queryKey]);
  useEffect(() => store.start(), [store]);
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot);
  return { ...state, hasMore: state.after !== null, loadMore: store.loadMore };
}
