import { useVirtualizer } from '@tanstack/react-virtual';
import { Empty, Spin, Tag } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TestPaper } from '../../../../shared/domain/test-paper';
import { paperQuestionCount, paperTotalPoints } from '../../../../shared/domain/test-paper-rules';

const ROW_HEIGHT = 48;
const PREFETCH_ROWS = 30;
const COLUMNS = ['title', 'status', 'questions', 'points', 'passMark', 'timeLimit', 'updated'] as const;
const STATUS_COLOR = { draft: 'default', open: 'green', closed: 'orange' } as const;

interface Props {
  rows: TestPaper[];
  loading: boolean;
  hasMore: boolean;
  onLoadMore(): void;
}

export function TestsTable({ rows, loading, hasMore, onLoadMore }: Props) {
  const { t } = useTranslation('tests');
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
    <div className="tests-table" role="table" aria-rowcount={rows.length} aria-busy={loading}>
      <div role="rowgroup">
        <div role="row" className="tests-row tests-head">
          {COLUMNS.map((col) => (
            <div key={col} role="columnheader">
              {t(`list.columns.${col}`)}
            </div>
          ))}
        </div>
      </div>
      <div ref={scrollRef} className="tests-scroll" role="rowgroup" data-testid="test-rows">
        {!loading && rows.length === 0 && <Empty className="tests-empty" description={t('list.empty')} />}
        {loading && rows.length === 0 && <Spin className="tests-empty" />}
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const test = rows[item.index]!;
            return (
              <div
                key={test.id}
                role="row"
                aria-rowindex={item.index + 1}
                className="tests-row"
                style={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  height: ROW_HEIGHT,
                  transform: `translateY(${item.start}px)`,
                }}
              >
                <div role="cell">
                  <Link to={`/tests/${test.id}`}>{test.title}</Link>
                </div>
                <div role="cell">
                  <Tag color={STATUS_COLOR[test.status]}>{t(`status.${test.status}`)}</Tag>
                </div>
                <div role="cell">{paperQuestionCount(test)}</div>
                <div role="cell">{paperTotalPoints(test)}</div>
                <div role="cell">{test.passMark}</div>
                <div role="cell">
                  {test.timeLimitMinutes
                    ? t('list.minutes', { count: test.timeLimitMinutes })
                    : t('list.noLimit')}
                </div>
                <div role="cell">{dayjs(test.updatedAt).format('YYYY-MM-DD HH:mm')}</div>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
