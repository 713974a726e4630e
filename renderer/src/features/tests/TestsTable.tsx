import { Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TestPaper } from '../../../../shared/domain/test-paper';
import { paperQuestionCount, paperTotalPoints } from '../../../../shared/domain/test-paper-rules';
import { VirtualTable, type VirtualColumn } from '../shared-ui';

const STATUS_COLOR = { draft: 'default', open: 'green', closed: 'orange' } as const;

interface Props {
  rows: TestPaper[];
  loading: boolean;
  hasMore: boolean;
  onLoadMore(): void;
}

export function TestsTable({ rows, loading, hasMore, onLoadMore }: Props) {
  const { t } = useTranslation('tests');
  const columns: VirtualColumn<TestPaper>[] = [
    {
      key: 'title',
      header: t('list.columns.title'),
      width: '3fr',
      render: (test) => <Link to={`/tests/${test.id}`}>{test.title}</Link>,
    },
    {
      key: 'status',
      header: t('list.columns.status'),
      width: '0.8fr',
      render: (test) => <Tag color={STATUS_COLOR[test.status]}>{t(`status.${test.status}`)}</Tag>,
    },
    { key: 'questions', header: t('list.columns.questions'), width: '0.7fr', render: paperQuestionCount },
    { key: 'points', header: t('list.columns.points'), width: '0.8fr', render: paperTotalPoints },
    { key: 'passMark', header: t('list.columns.passMark'), width: '0.8fr', render: (test) => test.passMark },
    {
      key: 'timeLimit',
      header: t('list.columns.timeLimit'),
      width: '0.8fr',
      render: (test) =>
        test.timeLimitMinutes ? t('list.minutes', { count: test.timeLimitMinutes }) : t('list.noLimit'),
    },
    {
      key: 'updated',
      header: t('list.columns.updated'),
      width: '1.2fr',
      render: (test) => dayjs(test.updatedAt).format('YYYY-MM-DD HH:mm'),
    },
  ];

  return (
    <VirtualTable
      rowKey={(test) => test.id}
      rows={rows}
      columns={columns}
      loading={loading}
      hasMore={hasMore}
      onLoadMore={onLoadMore}
      testId="test-rows"
      emptyText={t('list.empty')}
    />
  );
}
