import { Select, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Attempt } from '../../../../shared/domain/test-paper';
import { db } from '../../db';
import { VirtualTable, type VirtualColumn } from '../shared-ui';
import './trainee.css';
import { formatInstant } from './labels';
import { fetchGradingQueuePage, fetchTestsByTitle } from './queries';
import { useAttemptPages } from './use-attempt-pages';

/** Results and grading 成绩与阅卷: pick a test to see its results, and the queue of answers to grade. */
export function AttemptsHomePage() {
  const { t } = useTranslation(['trainee', 'common']);
  const navigate = useNavigate();
  const tests = useLiveQuery(() => fetchTestsByTitle(db), []);
  const queue = useAttemptPages('grading-queue', (after, limit) => fetchGradingQueuePage(db, after, limit));

  const columns: VirtualColumn<Attempt>[] = [
    { key: 'trainee', header: t('columns.trainee'), width: '1fr', render: (a) => a.personName },
    { key: 'test', header: t('columns.test'), width: '1.6fr', render: (a) => a.testTitle },
    { key: 'number', header: t('columns.number'), width: '80px', render: (a) => a.number },
    {
      key: 'submitted',
      header: t('columns.submitted'),
      width: '150px',
      render: (a) => formatInstant(a.submittedAt),
    },
    {
      key: 'pending',
      header: t('columns.pending'),
      width: '110px',
      render: (a) => Object.values(a.results).filter((r) => r.score === null).length,
    },
    {
      key: 'grade',
      header: '',
      width: '90px',
      render: (a) => (
        <Link to={`/attempts/${a.id}`} aria-label={t('queue.gradeOf', { name: a.personName })}>
          {t('queue.grade')}
        </Link>
      ),
    },
  ];

  return (
    <div className="page">
      <div className="page-head">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('home.title')}
        </Typography.Title>
        <Space>
          <label htmlFor="results-test">{t('home.resultsOf')}</label>
          <Select
            id="results-test"
            showSearch={{ optionFilterProp: 'label' }}
            style={{ width: 320 }}
            placeholder={t('home.pickTest')}
            loading={tests === undefined}
            options={(tests ?? []).map((test) => ({ value: test.id, label: test.title }))}
            onChange={(id: string) => navigate(`/attempts/test/${id}`)}
          />
        </Space>
      </div>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('queue.title')}
      </Typography.Title>
      <VirtualTable
        rowKey={(a) => a.id}
        testId="grading-queue"
        columns={columns}
        rows={queue.rows}
        loading={queue.loading}
        hasMore={queue.hasMore}
        onLoadMore={() => void queue.loadMore()}
        emptyText={t('queue.empty')}
      />
    </div>
  );
}
