import Dexie, { type IndexableType } from 'dexie';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { db, type TrainDeskDatabase } from '../../db';
import { fetchCataloguePage, type CatalogueRow, type CourseQuery } from './queries';

export const PAGE_SIZE = 100;

interface CatalogueState {
  rows: CatalogueRow[];
  after: IndexableType[] | null;
  capped: boolean;
  loading: boolean;
}

/**
 * Rows of the catalogue, a page at a time from an index, continued after the last key. When courses
 * or lessons change anywhere the rows already shown are read again in one query, so the list stays
 * where the user scrolled.
 */
class CatalogueStore {
  private state: CatalogueState = { rows: [], after: null, capped: false, loading: true };
  private listeners = new Set<() => void>();
  private generation = 0;
  private loadingMore = false;

  constructor(
    private readonly database: TrainDeskDatabase,
    private readonly query: CourseQuery,
  ) {}

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = () => this.state;

  private set(next: CatalogueState) {
    this.state = next;
    this.listeners.forEach((l) => l());
  }

  start(): () => void {
    void this.reload(PAGE_SIZE);
    const onMutated = (parts: Record<string, unknown>) => {
      if (Object.keys(parts).some((key) => key.includes('/courses/') || key.includes('/lessons/')))
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
    const page = await fetchCataloguePage(this.database, this.query, null, Math.max(count, PAGE_SIZE));
    if (mine === this.generation) this.set({ ...page, loading: false });
  }

  loadMore = async () => {
    if (this.loadingMore || !this.state.after) return;
    this.loadingMore = true;
    const mine = this.generation;
    try {
      const page = await fetchCataloguePage(this.database, this.query, this.state.after, PAGE_SIZE);
      if (mine === this.generation) {
        this.set({ ...page, rows: [...this.state.rows, ...page.rows], loading: false });
      }
    } finally {
      this.loadingMore = false;
    }
  };
}

export function useCatalogue(query: CourseQuery) {
  const queryKey = JSON.stringify(query);
  // A new store only when the query's content changes, not when a new object with the same content arrives.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const store = useMemo(() => new CatalogueStore(db, query), [queryKey]);
  useEffect(() => store.start(), [store]);
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot);
  return { ...state, hasMore: state.after !== null, loadMore: store.loadMore };
}
