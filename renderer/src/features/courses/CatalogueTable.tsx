import { Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { db } from '../../db';
import { VirtualTable, type VirtualColumn } from '../shared-ui';
import type { CatalogueRow } from './queries';
import { useCourseLabels } from './labels';
import { StatusTags } from './StatusTags';

/** Taller than the default: a row may name the lessons that matched a search under the title. */
const ROW_HEIGHT = 60;
/** A row names this many matching lessons; the rest are counted. */
const NAMED_LESSONS = 3;

interface Props {
  rows: CatalogueRow[];
  loading: boolean;
  hasMore: boolean;
  onLoadMore(): void;
}

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
  const columns: VirtualColumn<CatalogueRow>[] = [
    {
      key: 'title',
      header: t('columns.title'),
      width: '2.4fr',
      cellClassName: 'course-title-cell',
      render: ({ course, lessonIds }) => (
        <>
          <span>
            <Link to={`/courses/${course.id}`}>{course.title || t('untitled')}</Link>
            {course.code && <Typography.Text type="secondary"> · {course.code}</Typography.Text>}
          </span>
          {lessonIds.length > 0 && <MatchedLessons ids={lessonIds} />}
        </>
      ),
    },
    {
      key: 'category',
      header: t('columns.category'),
      width: '1.3fr',
      render: ({ course }) => (course.category ? labels.category.labelOf(course.category) : ''),
    },
    {
      key: 'level',
      header: t('columns.level'),
      width: '0.8fr',
      render: ({ course }) => (course.level ? labels.level.labelOf(course.level) : ''),
    },
    {
      key: 'delivery',
      header: t('columns.delivery'),
      width: '1fr',
      render: ({ course }) => (course.delivery ? labels.delivery.labelOf(course.delivery) : ''),
    },
    {
      key: 'lessons',
      header: t('columns.lessons'),
      width: '0.6fr',
      render: ({ course }) => course.lessonCount,
    },
    {
      key: 'status',
      header: t('columns.status'),
      width: '1.6fr',
      render: ({ course }) => <StatusTags course={course} />,
    },
  ];

  return (
    <VirtualTable
      rowKey={(r) => r.course.id}
      rows={rows}
      columns={columns}
      loading={loading}
      hasMore={hasMore}
      onLoadMore={onLoadMore}
      testId="course-rows"
      emptyText={t('catalogue.empty')}
      rowHeight={ROW_HEIGHT}
    />
  );
}
