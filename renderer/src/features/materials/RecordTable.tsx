import { useVirtualizer } from '@tanstack/react-virtual';
import { Empty, Spin } from 'antd';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './record-table.css';

const ROW_HEIGHT = 48;
/** Start reading the next page this many rows before the end, so scrolling never waits. */
const PREFETCH_ROWS = 30;

export interface RecordColumn<T> {
  key: string;
  title: string;
  /** Share of the row's width, as a CSS grid track (`2fr`, `120px`). */
  width: string;
  render(row: T): ReactNode;
}

interface Props<T> {
  rows: T[];
  columns: RecordColumn<T>[];
  loading: boolean;
  hasMore: boolean;
  onLoadMore(): void;
  /** data-testid of the scrolling row group, for the page models. */
  testId: string;
}

/** A virtualised list of records: only the rows in view are in the page, however many are loaded. */
export function RecordTable<T extends { id: string }>({
  rows,
  columns,
  loading,
  hasMore,
  onLoadMore,
  testId,
}: Props<T>) {
  const { t } = useTranslation('common');
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items[items.length - 1]?.index ?? 0;
  const grid = { gridTemplateColumns: columns.map((c) => c.width).join(' ') };

  useEffect(() => {
    if (hasMore && !loading && lastIndex >= rows.length - PREFETCH_ROWS) onLoadMore();
  }, [hasMore, loading, lastIndex, rows.length, onLoadMore]);

  return (
    <div className="record-table" role="table" aria-rowcount={rows.length} aria-busy={loading}>
      <div role="rowgroup">
        <div role="row" className="record-row record-head" style={grid}>
          {columns.map((c) => (
            <div key={c.key} role="columnheader">
              {c.title}
            </div>
          ))}
        </div>
      </div>
      <div ref={scrollRef} className="record-scroll" role="rowgroup" data-testid={testId}>
        {!loading && rows.length === 0 && <Empty className="record-empty" description={t('empty')} />}
        {loading && rows.length === 0 && <Spin className="record-empty" />}
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const row = rows[item.index]!;
            return (
              <div
                key={row.id}
                role="row"
                aria-rowindex={item.index + 1}
                className="record-row"
                style={{ ...grid, height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
              >
                {columns.map((c) => (
                  <div key={c.key} role="cell">
                    {c.render(row)}
                  </div>
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
