import { useVirtualizer } from '@tanstack/react-virtual';
import { Empty, Spin } from 'antd';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './virtual-table.css';

const DEFAULT_ROW_HEIGHT = 48;
/** Start reading the next page this many rows before the end, so scrolling never waits. */
const PREFETCH_ROWS = 30;

export interface VirtualColumn<T> {
  key: string;
  header: ReactNode;
  /** Share of the row's width, as a CSS grid track (`2fr`, `120px`). */
  width: string;
  render(row: T): ReactNode;
  /** Set on the column a list is sorted by. */
  sort?: 'ascending' | 'descending';
  cellClassName?: string;
  /** Full text of a cell whose content may be cut off. */
  cellTitle?(row: T): string;
  /** Accessible name of a cell whose content says nothing to a screen reader (stars, icons). */
  cellLabel?(row: T): string;
}

interface Props<T> {
  rows: T[];
  columns: VirtualColumn<T>[];
  loading: boolean;
  hasMore: boolean;
  onLoadMore(): void;
  /** A row's stable React key (its record's id). */
  rowKey(row: T): string;
  /** data-testid of the scrolling row group, for the page models. */
  testId: string;
  emptyText?: string;
  rowHeight?: number;
}

/** A virtualised list of records: only the rows in view are in the page, the next page read on the way. */
export function VirtualTable<T>({
  rows,
  columns,
  loading,
  hasMore,
  onLoadMore,
  rowKey,
  testId,
  emptyText,
  rowHeight = DEFAULT_ROW_HEIGHT,
}: Props<T>) {
  const { t } = useTranslation('common');
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items[items.length - 1]?.index ?? 0;
  const grid = { gridTemplateColumns: columns.map((c) => c.width).join(' ') };

  useEffect(() => {
    if (hasMore && !loading && lastIndex >= rows.length - PREFETCH_ROWS) onLoadMore();
  }, [hasMore, loading, lastIndex, rows.length, onLoadMore]);

  return (
    <div className="virtual-table" role="table" aria-rowcount={rows.length} aria-busy={loading}>
      <div role="rowgroup">
        <div role="row" className="virtual-row virtual-head" style={grid}>
          {columns.map((c) => (
            <div key={c.key} role="columnheader" aria-sort={c.sort}>
              {c.header}
            </div>
          ))}
        </div>
      </div>
      <div ref={scrollRef} className="virtual-scroll" role="rowgroup" data-testid={testId}>
        {!loading && rows.length === 0 && (
          <Empty className="virtual-empty" description={emptyText ?? t('empty')} />
        )}
        {loading && rows.length === 0 && <Spin className="virtual-empty" />}
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const row = rows[item.index]!;
            return (
              <div
                key={rowKey(row)}
                role="row"
                aria-rowindex={item.index + 1}
                className="virtual-row"
                style={{ ...grid, height: rowHeight, transform: `translateY(${item.start}px)` }}
              >
                {columns.map((c) => (
                  <div
                    key={c.key}
                    role="cell"
                    className={c.cellClassName}
                    title={c.cellTitle?.(row)}
                    aria-label={c.cellLabel?.(row)}
                  >
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
