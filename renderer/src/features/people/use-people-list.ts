import Dexie, { type IndexableType } from 'dexie';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Person } from '../../../../shared/domain/person';
import { db, type TrainDeskDatabase } from '../../db';
import { fetchPeoplePage, type PeopleQuery } from './queries';

export const PAGE_SIZE = 100;

export interface PeopleListState {
  rows: Person[];
  after: IndexableType[] | null;
  loading: boolean;
}

/**
 * Rows of the people list, read a page at a time from an index and continued after the last key.
 * When people change anywhere (this window, another window, an import) the rows already shown are
 * read again in one query, so the list stays where the user scrolled.
 */
export class PeopleListStore {
  private state: PeopleListState = { rows: [], after: null, loading: true };
  private listeners = new Set<() => void>();
  private generation = 0;
  private loadingMore = false;

  constructor(
    private readonly database: TrainDeskDatabase,
    private readonly query: PeopleQuery,
  ) {}

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = () => this.state;

  private set(next: PeopleListState) {
    this.state = next;
    this.listeners.forEach((l) => l());
  }

  /** Reads the first page and follows changes to people until the returned function is called. */
  start(): () => void {
    void this.reload(PAGE_SIZE);
    const onMutated = (parts: Record<string, unknown>) => {
      if (Object.keys(parts).some((key) => key.includes('/people/')))
        void this.reload(this.state.rows.length);
    };
    Dexie.on('storagemutated', onMutated);
    return () => {
      this.generation++;
      Dexie.on('storagemutated').unsubscribe(onMutated);
    };
  }

  async reload(count: number) {
    const mine = ++this.generation;
    const page = await fetchPeoplePage(this.database, this.query, null, Math.max(count, PAGE_SIZE));
    if (mine === this.generation) this.set({ rows: page.rows, after: page.after, loading: false });
  }

  loadMore = async () => {
    if (this.loadingMore || !this.state.after) return;
    this.loadingMore = true;
    const mine = this.generation;
    try {
      const page = await fetchPeoplePage(this.database, this.query, this.state.after, PAGE_SIZE);
      if (mine === this.generation) {
        this.set({ rows: [...this.state.rows, ...page.rows], after: page.after, loading: false });
      }
    } finally {
      this.loadingMore = false;
    }
  };
}

export function usePeopleList(query: PeopleQuery) {
  const queryKey = JSON.stringify(query);
  // A new store only when the query's content changes, not when a new object with the same content arrives.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const store = useMemo(() => new PeopleListStore(db, query), [queryKey]);
  useEffect(() => store.start(), [store]);
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot);
  return { ...state, hasMore: state.after !== null, loadMore: store.loadMore };
}
