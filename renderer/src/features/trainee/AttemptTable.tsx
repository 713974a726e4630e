import { useVirtualizer } from '@tanstack/react-virtual';
import { Empty, Spin } from 'antd';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attempt } from '../../../../shared/domain/test-paper';
import './trainee.css';

const ROW_HEIGHT = 48;
/** Start reading the next page this many rows before the end, so scrolling never waits. */
const PREFETCH_ROWS = 30;

export interface AttemptColumn {
  key: string;
  header: string;
  /** CSS grid track, e.g. `1fr` or `120px`. */
  width: string;
  render(attempt: Attempt): ReactNode;
}

interface Props {
  testId: string;
  columns: AttemptColumn[];
  rows: Attempt[];
  loading: boolean;
  hasMore: boolean;
  onLoadMore(): void;
  emptyText?: string;
}

/** A virtualised list of attempts: only the rows in view are rendered, the next page read on the way. */
export function AttemptTable({ testId, columns, rows, loading, hasMore, onLoadMore, emptyText }: Props) {
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
    <div className="attempt-table" role="table" aria-rowcount={rows.length} aria-busy={loading}>
      <div role="rowgroup">
        <div role="row" className="attempt-row attempt-head" style={grid}>
          {columns.map((c) => (
            <div key={c.key} role="columnheader">
              {c.header}
            </div>
          ))}
        </div>
      </div>
      <div ref={scrollRef} className="attempt-scroll" role="rowgroup" data-testid={testId}>
        {!loading && rows.length === 0 && (
          <Empty className="attempt-empty" description={emptyText ?? t('empty')} />
        )}
        {loading && rows.length === 0 && <Spin className="attempt-empty" />}
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const a = rows[item.index]!;
            return (
              <div
                key={a.id}
                role="row"
                aria-rowindex={item.index + 1}
                className="attempt-row"
                style={{ ...grid, height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
              >
                {columns.map((c) => (
                  <div key={c.key} role="cell">
                    {c.render(a)}
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
