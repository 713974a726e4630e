import { PlusOutlined } from '@ant-design/icons';
import { Button, Select, Space, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { TEST_STATUSES } from '../../../../shared/domain/test-paper-rules';
import type { TestPaper } from '../../../../shared/domain/test-paper';
import { db } from '../../db';
import { usePagedList } from '../shared-ui';
import { fetchTestsPage, type TestQuery } from './queries';
import { TestsTable } from './TestsTable';
import './tests.css';

export function TestsListPage() {
  const { t } = useTranslation(['tests', 'common']);
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const query: TestQuery = {
    deleted: params.get('deleted') === '1',
    status: (params.get('status') as TestPaper['status'] | null) ?? undefined,
  };
  const update = (key: string, value: string | undefined) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  const list = usePagedList(
    JSON.stringify(query),
    (after, limit) => fetchTestsPage(db, query, after, limit),
    ['tests'],
  );

  return (
    <div className="page">
      <div className="page-head">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('list.title')}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/tests/new')}>
          {t('list.add')}
        </Button>
      </div>
      <Space wrap>
        <Select
          aria-label={t('filters.status')}
          placeholder={t('filters.status')}
          allowClear
          style={{ width: 150 }}
          value={query.status}
          onChange={(v?: string) => update('status', v)}
          options={TEST_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        />
        <Space>
          <Switch
            id="tests-show-deleted"
            checked={query.deleted}
            onChange={(on) => update('deleted', on ? '1' : undefined)}
          />
          <label htmlFor="tests-show-deleted">{t('filters.showDeleted')}</label>
        </Space>
      </Space>
      <TestsTable
        rows={list.rows}
        loading={list.loading}
        hasMore={list.hasMore}
        onLoadMore={() => void list.loadMore()}
      />
    </div>
  );
}
