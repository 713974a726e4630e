import { CaretDownOutlined, CaretUpOutlined } from '@ant-design/icons';
import { useVirtualizer } from '@tanstack/react-virtual';
import { Empty, Spin, Tag } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Person } from '../../../../shared/domain/person';
import { positionLabel } from './labels';
import type { PeopleSortField } from './queries';

const ROW_HEIGHT = 48;
/** Start reading the next page this many rows before the end, so scrolling never waits. */
const PREFETCH_ROWS = 30;

interface Props {
  rows: Person[];
  loading: boolean;
  hasMore: boolean;
  onLoadMore(): void;
  sort: PeopleSortField;
  descending: boolean;
  onSort(field: PeopleSortField): void;
}

const COLUMNS = ['name', 'employeeNo', 'department', 'position', 'hireDate', 'status', 'trainer'] as const;
const SORTABLE: Partial<Record<(typeof COLUMNS)[number], PeopleSortField>> = {
  name: 'name',
  employeeNo: 'employeeNo',
  hireDate: 'hireDate',
};

export function PeopleTable({ rows, loading, hasMore, onLoadMore, sort, descending, onSort }: Props) {
  const { t } = useTranslation('people');
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
    <div className="people-table" role="table" aria-rowcount={rows.length} aria-busy={loading}>
      <div role="rowgroup">
        <div role="row" className="people-row people-head">
          {COLUMNS.map((col) => {
            const field = SORTABLE[col];
            const active = field === sort;
            return (
              <div
                key={col}
                role="columnheader"
                aria-sort={active ? (descending ? 'descending' : 'ascending') : undefined}
              >
                {field ? (
                  <button type="button" className="sort-button" onClick={() => onSort(field)}>
                    {t(`columns.${col}`)}
                    {active && (descending ? <CaretDownOutlined /> : <CaretUpOutlined />)}
                  </button>
                ) : (
                  t(`columns.${col}`)
                )}
              </div>
            );
          })}
        </div>
      </div>
      <div ref={scrollRef} className="people-scroll" role="rowgroup" data-testid="people-rows">
        {!loading && rows.length === 0 && <Empty className="people-empty" description={t('common:empty')} />}
        {loading && rows.length === 0 && <Spin className="people-empty" />}
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const p = rows[item.index]!;
            return (
              <div
                key={p.id}
                role="row"
                aria-rowindex={item.index + 1}
                className="people-row"
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
                  <Link to={`/people/${p.id}`}>{p.name}</Link>
                </div>
                <div role="cell">{p.employeeNo}</div>
                <div role="cell">{p.department ?? p.organisation}</div>
                <div role="cell">{positionLabel(t, p.position)}</div>
                <div role="cell">{p.hireDate}</div>
                <div role="cell">
                  <Tag color={p.status === 'active' ? 'green' : 'default'}>{t(`status.${p.status}`)}</Tag>
                </div>
                <div role="cell">
                  {p.trainerType !== 'none' && (
                    <Tag color={p.trainerType === 'internal' ? 'blue' : 'purple'}>
                      {t(`trainerType.${p.trainerType}`)}
                    </Tag>
                  )}
                </div>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
