import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { PAGE_SIZE, PagedListStore, type Page } from './paged-list';

const ALL = Array.from({ length: 250 }, (_, i) => ({ id: `r${String(i).padStart(3, '0')}` }));

/** Pages of ALL by position, with a flag a fetcher may carry besides rows, and a log of the reads. */
function fetcher(rows = ALL) {
  const reads: { after: number | null; limit: number }[] = [];
  const fetchPage = async (
    after: number | null,
    limit: number,
  ): Promise<Page<{ id: string }, number> & { end: boolean }> => {
    reads.push({ after, limit });
    const start = after ?? 0;
    const page = rows.slice(start, start + limit);
    const next = start + page.length;
    return { rows: page, after: next < rows.length ? next : null, end: next >= rows.length };
  };
  return { fetchPage, reads };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('PagedListStore', () => {
  it('reads the first page, then continues after the last row with what the fetcher tells besides', async () => {
    const { fetchPage, reads } = fetcher();
    const store = new PagedListStore(fetchPage, ['people']);
    const stop = store.start();
    expect(store.getSnapshot().loading).toBe(true);
    await settled();
    expect(store.getSnapshot().rows).toHaveLength(PAGE_SIZE);
    expect(store.getSnapshot().last?.end).toBe(false);

    await store.loadMore();
    await store.loadMore();
    const state = store.getSnapshot();
    expect(state.rows.map((r) => r.id)).toEqual(ALL.map((r) => r.id));
    expect(state.after).toBeNull();
    expect(state.last?.end).toBe(true);
    expect(reads).toEqual([
      { after: null, limit: PAGE_SIZE },
      { after: PAGE_SIZE, limit: PAGE_SIZE },
      { after: 2 * PAGE_SIZE, limit: PAGE_SIZE },
    ]);
    await store.loadMore();
    expect(reads).toHaveLength(3);
    stop();
  });

  it('reads the rows shown again in one query when a watched table changes, and not for others', async () => {
    const { fetchPage, reads } = fetcher();
    const store = new PagedListStore(fetchPage, ['people']);
    const stop = store.start();
    await settled();
    await store.loadMore();
    reads.length = 0;

    Dexie.on('storagemutated').fire({ 'idb://db/courses/': null });
    await settled();
    expect(reads).toEqual([]);

    Dexie.on('storagemutated').fire({ 'idb://db/people/': null });
    await settled();
    expect(reads).toEqual([{ after: null, limit: 2 * PAGE_SIZE }]);
    expect(store.getSnapshot().rows).toHaveLength(2 * PAGE_SIZE);

    stop();
    Dexie.on('storagemutated').fire({ 'idb://db/people/': null });
    await settled();
    expect(reads).toHaveLength(1);
  });

  it('drops a page that arrives after the list was left', async () => {
    const { fetchPage } = fetcher();
    const store = new PagedListStore(fetchPage, ['people']);
    const stop = store.start();
    stop();
    await settled();
    expect(store.getSnapshot()).toMatchObject({ rows: [], loading: true });
  });
});
