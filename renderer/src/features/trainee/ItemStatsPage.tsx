import { Alert, Table, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { MIN_ATTEMPTS_FOR_FLAGS, type ItemStats } from '../../../../shared/domain/item-stats';
import { db } from '../../db';
import { testItemStatistics } from './queries';

const FLAG_COLOURS = { tooEasy: 'blue', tooHard: 'orange', negativeDiscrimination: 'red' } as const;

/** Item statistics 试题分析 of one test: facility, discrimination and flags per question version. */
export function ItemStatsPage() {
  const { t } = useTranslation(['trainee', 'common']);
  const { testId = '' } = useParams();
  const test = useLiveQuery(async () => (await db.tests.get(testId)) ?? null, [testId]);
  const stats = useLiveQuery(() => testItemStatistics(db, testId), [testId]);
  const percent = (x: number) => `${Math.round(x * 100)}%`;

  return (
    <div className="page">
      <div className="page-head">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('stats.title', { title: test?.title ?? '' })}
          </Typography.Title>
          <Link to={`/attempts/test/${testId}`}>{t('stats.backToResults')}</Link>
        </div>
      </div>
      <Alert
        type="info"
        showIcon
        title={t('stats.basis', { count: stats?.attempts ?? 0 })}
        description={t('stats.explain', { min: MIN_ATTEMPTS_FOR_FLAGS })}
      />
      <Table<ItemStats>
        data-testid="item-stats"
        rowKey={(s) => `${s.questionId}|${s.version}`}
        loading={stats === undefined}
        dataSource={stats?.items ?? []}
        pagination={false}
        virtual
        scroll={{ y: 560, x: 1060 }}
        columns={[
          { key: 'stem', title: t('stats.question'), ellipsis: true, render: (_, s) => s.stem },
          { key: 'type', title: t('stats.type'), width: 150, render: (_, s) => t(`types.${s.type}`) },
          { key: 'version', title: t('stats.version'), width: 90, render: (_, s) => `v${s.version}` },
          { key: 'attempts', title: t('stats.attempts'), width: 110, render: (_, s) => s.attempts },
          { key: 'facility', title: t('stats.facility'), width: 130, render: (_, s) => percent(s.facility) },
          {
            key: 'discrimination',
            title: t('stats.discrimination'),
            width: 150,
            render: (_, s) => (s.discrimination === null ? '—' : s.discrimination.toFixed(2)),
          },
          {
            key: 'flags',
            title: t('stats.flags'),
            width: 200,
            render: (_, s) =>
              s.flags.map((f) => (
                <Tag key={f} color={FLAG_COLOURS[f]}>
                  {t(`stats.flag.${f}`)}
                </Tag>
              )),
          },
        ]}
      />
    </div>
  );
}
