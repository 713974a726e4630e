import Dexie from 'dexie';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Attempt } from '../../../../shared/domain/test-paper';
import type { AttemptCursor, AttemptPage } from './queries';

const PAGE_SIZE = 100;

type FetchPage = (after: AttemptCursor | null, limit: number) => Promise<AttemptPage>;

interface State {
  rows: Attempt[];
  after: AttemptCursor | null;
  loading: boolean;
}

/**
 * Attempts read a page at a time from an index, continued after the last row. When attempts change
 * (a trainee submits in a second window, a grade is saved) the rows already shown are read again in
 * one query, so the list stays where the user scrolled.
 */
class AttemptPagesStore {
  private state: State = { rows: [], after: null, loading: true };
  private listeners = new Set<() => void>();
  private generation = 0;
  private loadingMore = false;

  constructor(private readonly fetchPage: FetchPage) {}

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = () => this.state;

  private set(next: State) {
    this.state = next;
    this.listeners.forEach((l) => l());
  }

  start(): () => void {
    void this.reload(PAGE_SIZE);
    const onMutated = (parts: Record<string, unknown>) => {
      if (Object.keys(parts).some((key) => key.includes('/attempts/')))
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
      if (mine === this.generation)
        this.set({ rows: [...this.state.rows, ...page.rows], after: page.after, loading: false });
    } finally {
      this.loadingMore = false;
    }
  };
}

/** `key` names the query: a new key starts a new list. */
export function useAttemptPages(key: string, fetchPage: FetchPage) {
  // The fetch function is a new closure each render; the key says when the query really changed.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const store = useMemo(() => new AttemptPagesStore(fetchPage), [key]);
  useEffect(() => store.start(), [store]);
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot);
  return { ...state, hasMore: state.after !== null, loadMore: store.loadMore };
}
