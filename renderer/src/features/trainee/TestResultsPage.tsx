import { BarChartOutlined, PlayCircleOutlined } from '@ant-design/icons';
import { Button, Result, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { Attempt } from '../../../../shared/domain/test-paper';
import { db } from '../../db';
import { VirtualTable, type VirtualColumn } from '../shared-ui';
import './trainee.css';
import { AttemptStatusTag, formatInstant, scoreText } from './labels';
import { fetchTestAttemptsPage } from './queries';
import { useAttemptPages } from './use-attempt-pages';

/** Every attempt at one test, newest first, with the way into trainee mode and the item statistics. */
export function TestResultsPage() {
  const { t } = useTranslation(['trainee', 'common']);
  const navigate = useNavigate();
  const { testId = '' } = useParams();
  const test = useLiveQuery(async () => (await db.tests.get(testId)) ?? null, [testId]);
  const list = useAttemptPages(`results-${testId}`, (after, limit) =>
    fetchTestAttemptsPage(db, testId, after, limit),
  );

  if (test === null) return <Result status="warning" title={t('errors.testNotFound')} />;

  const columns: VirtualColumn<Attempt>[] = [
    {
      key: 'trainee',
      header: t('columns.trainee'),
      width: '1.2fr',
      render: (a) => <Link to={`/attempts/${a.id}`}>{a.personName}</Link>,
    },
    { key: 'number', header: t('columns.number'), width: '80px', render: (a) => a.number },
    {
      key: 'started',
      header: t('columns.started'),
      width: '150px',
      render: (a) => formatInstant(a.startedAt),
    },
    { key: 'score', header: t('columns.score'), width: '110px', render: (a) => scoreText(t, a) },
    {
      key: 'status',
      header: t('columns.status'),
      width: '130px',
      render: (a) => <AttemptStatusTag t={t} attempt={a} />,
    },
  ];

  return (
    <div className="page">
      <div className="page-head">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('results.title', { title: test?.title ?? '' })}
          </Typography.Title>
          <Typography.Text type="secondary">
            {test ? t('results.passMark', { passMark: test.passMark }) : ''}
          </Typography.Text>
        </div>
        <Space wrap>
          <Button icon={<BarChartOutlined />} onClick={() => navigate(`/attempts/test/${testId}/stats`)}>
            {t('stats.open')}
          </Button>
          <Button type="primary" icon={<PlayCircleOutlined />} onClick={() => navigate(`/trainee/${testId}`)}>
            {t('results.startTraineeMode')}
          </Button>
        </Space>
      </div>
      <VirtualTable
        rowKey={(a) => a.id}
        testId="test-results"
        columns={columns}
        rows={list.rows}
        loading={list.loading}
        hasMore={list.hasMore}
        onLoadMore={() => void list.loadMore()}
        emptyText={t('results.empty')}
      />
    </div>
  );
}
