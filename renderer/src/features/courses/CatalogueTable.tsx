import { useVirtualizer } from '@tanstack/react-virtual';
import { Empty, Spin, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { db } from '../../db';
import type { CatalogueRow } from './queries';
import { useCourseLabels } from './labels';
import { StatusTags } from './StatusTags';

const ROW_HEIGHT = 60;
/** Start reading the next page this many rows before the end, so scrolling never waits. */
const PREFETCH_ROWS = 30;
/** A row names this many matching lessons; the rest are counted. */
const NAMED_LESSONS = 3;

interface Props {
  rows: CatalogueRow[];
  loading: boolean;
  hasMore: boolean;
  onLoadMore(): void;
}

const COLUMNS = ['title', 'category', 'level', 'delivery', 'lessons', 'status'] as const;

/** Titles of the lessons that matched a search, read for the rows on screen only. */
function MatchedLessons({ ids }: { ids: string[] }) {
  const { t } = useTranslation('courses');
  const titles = useLiveQuery(
    async () => (await db.lessons.bulkGet(ids.slice(0, NAMED_LESSONS))).map((l) => l?.title ?? ''),
    [ids.join()],
  );
  if (!titles) return null;
  const more = ids.length - titles.length;
  return (
    <Typography.Text type="secondary" className="course-matches" data-testid="matched-lessons">
      {t('catalogue.matchedLessons', { titles: titles.join(t('catalogue.listSeparator')) })}
      {more > 0 && ` ${t('catalogue.moreLessons', { count: more })}`}
    </Typography.Text>
  );
}

export function CatalogueTable({ rows, loading, hasMore, onLoadMore }: Props) {
  const { t } = useTranslation('courses');
  const labels = useCourseLabels();
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
    <div className="courses-table" role="table" aria-rowcount={rows.length} aria-busy={loading}>
      <div role="rowgroup">
        <div role="row" className="courses-row courses-head">
          {COLUMNS.map((col) => (
            <div key={col} role="columnheader">
              {t(`columns.${col}`)}
            </div>
          ))}
        </div>
      </div>
      <div ref={scrollRef} className="courses-scroll" role="rowgroup" data-testid="course-rows">
        {!loading && rows.length === 0 && (
          <Empty className="courses-empty" description={t('catalogue.empty')} />
        )}
        {loading && rows.length === 0 && <Spin className="courses-empty" />}
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const { course, lessonIds } = rows[item.index]!;
            return (
              <div
                key={course.id}
                role="row"
                aria-rowindex={item.index + 1}
                className="courses-row"
                style={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  height: ROW_HEIGHT,
                  transform: `translateY(${item.start}px)`,
                }}
              >
                <div role="cell" className="course-title-cell">
                  <span>
                    <Link to={`/courses/${course.id}`}>{course.title || t('untitled')}</Link>
                    {course.code && <Typography.Text type="secondary"> · {course.code}</Typography.Text>}
                  </span>
                  {lessonIds.length > 0 && <MatchedLessons ids={lessonIds} />}
                </div>
                <div role="cell">{course.category ? labels.category.labelOf(course.category) : ''}</div>
                <div role="cell">{course.level ? labels.level.labelOf(course.level) : ''}</div>
                <div role="cell">{course.delivery ? labels.delivery.labelOf(course.delivery) : ''}</div>
                <div role="cell">{course.lessonCount}</div>
                <div role="cell">
                  <StatusTags course={course} />
                </div>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
