import { Rate, Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Question } from '../../../../shared/domain/question';
import { VirtualTable, type VirtualColumn } from '../shared-ui';

interface Props {
  rows: Question[];
  loading: boolean;
  hasMore: boolean;
  onLoadMore(): void;
  categoryLabel(key: string): string;
}

export function QuestionsTable({ rows, loading, hasMore, onLoadMore, categoryLabel }: Props) {
  const { t } = useTranslation('questions');
  const columns: VirtualColumn<Question>[] = [
    {
      key: 'stem',
      header: t('columns.stem'),
      width: '3fr',
      cellTitle: (q) => q.stem,
      render: (q) => <Link to={`/questions/${q.id}`}>{q.stem}</Link>,
    },
    { key: 'type', header: t('columns.type'), width: '0.9fr', render: (q) => t(`type.${q.type}`) },
    {
      key: 'category',
      header: t('columns.category'),
      width: '1.1fr',
      render: (q) => categoryLabel(q.category),
    },
    {
      key: 'tags',
      header: t('columns.tags'),
      width: '1.4fr',
      cellTitle: (q) => q.tags.join(', '),
      render: (q) => q.tags.map((tag) => <Tag key={tag}>{tag}</Tag>),
    },
    {
      key: 'difficulty',
      header: t('columns.difficulty'),
      width: '0.7fr',
      cellLabel: (q) => t('difficulty.label', { level: q.difficulty }),
      render: (q) => <Rate disabled count={5} value={q.difficulty} style={{ fontSize: 12 }} />,
    },
    { key: 'version', header: t('columns.version'), width: '0.6fr', render: (q) => `v${q.version}` },
    {
      key: 'updated',
      header: t('columns.updated'),
      width: '1fr',
      render: (q) => dayjs(q.updatedAt).format('YYYY-MM-DD HH:mm'),
    },
  ];

  return (
    <VirtualTable
      rowKey={(q) => q.id}
      rows={rows}
      columns={columns}
      loading={loading}
      hasMore={hasMore}
      onLoadMore={onLoadMore}
      testId="question-rows"
      emptyText={t('list.empty')}
    />
  );
}
