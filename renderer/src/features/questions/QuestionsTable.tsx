import { useVirtualizer } from '@tanstack/react-virtual';
import { Empty, Rate, Spin, Tag } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Question } from '../../../../shared/domain/question';

const ROW_HEIGHT = 48;
/** Start reading the next page this many rows before the end, so scrolling never waits. */
const PREFETCH_ROWS = 30;
const COLUMNS = ['stem', 'type', 'category', 'tags', 'difficulty', 'version', 'updated'] as const;

interface Props {
  rows: Question[];
  loading: boolean;
  hasMore: boolean;
  onLoadMore(): void;
  categoryLabel(key: string): string;
}

export function QuestionsTable({ rows, loading, hasMore, onLoadMore, categoryLabel }: Props) {
  const { t } = useTranslation('questions');
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items[items.length - 1]?.index ?? 0;

  useEffect(() => {
    if (hasMore && !loading && lastIndex >= rows.length - PREFETCH_ROWS) onLoadMore();
  }, [hasMore, loading, lastIndex, rows.length, onLoadMore]);

  return (
    <div className="bank-table" role="table" aria-rowcount={rows.length} aria-busy={loading}>
      <div role="rowgroup">
        <div role="row" className="bank-row bank-head">
          {COLUMNS.map((col) => (
            <div key={col} role="columnheader">
              {t(`columns.${col}`)}
            </div>
          ))}
        </div>
      </div>
      <div ref={scrollRef} className="bank-scroll" role="rowgroup" data-testid="question-rows">
        {!loading && rows.length === 0 && <Empty className="bank-empty" description={t('list.empty')} />}
        {loading && rows.length === 0 && <Spin className="bank-empty" />}
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const q = rows[item.index]!;
            return (
              <div
                key={q.id}
                role="row"
                aria-rowindex={item.index + 1}
                className="bank-row"
                style={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  height: ROW_HEIGHT,
                  transform: `translateY(${item.start}px)`,
                }}
              >
                <div role="cell" title={q.stem}>
                  <Link to={`/questions/${q.id}`}>{q.stem}</Link>
                </div>
                <div role="cell">{t(`type.${q.type}`)}</div>
                <div role="cell">{categoryLabel(q.category)}</div>
                <div role="cell" title={q.tags.join(', ')}>
                  {q.tags.map((tag) => (
                    <Tag key={tag}>{tag}</Tag>
                  ))}
                </div>
                <div role="cell" aria-label={t('difficulty.label', { level: q.difficulty })}>
                  <Rate disabled count={5} value={q.difficulty} style={{ fontSize: 12 }} />
                </div>
                <div role="cell">v{q.version}</div>
                <div role="cell">{dayjs(q.updatedAt).format('YYYY-MM-DD HH:mm')}</div>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
