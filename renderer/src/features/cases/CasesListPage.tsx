import { PlusOutlined } from '@ant-design/icons';
import { Button, Input, Select, Space, Switch, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import {
  COMPLAINT_TYPES,
  DIFFICULTIES,
  type ComplaintCase,
  type ComplaintType,
} from '../../../../shared/domain/complaint-case';
import { db } from '../../db';
import { useUrlQuery } from '../materials';
import '../materials/record-table.css';
import { usePagedList, VirtualTable, type VirtualColumn } from '../shared-ui';
import { fetchCasesPage, liveCasesCount, SEARCH_LIMIT, type CasesQuery } from './queries';
import { useCaseDepartments } from './use-case';

export function CasesListPage() {
  const { t } = useTranslation(['cases', 'common']);
  const navigate = useNavigate();
  const [params, update] = useUrlQuery();
  const [searchText, setSearchText] = useState(params.get('q') ?? '');
  // Typing stays responsive while the previous search is still being read.
  const search = useDeferredValue(searchText);
  const difficulty = Number(params.get('difficulty'));
  const query: CasesQuery = {
    deleted: params.get('deleted') === '1',
    complaintType: (params.get('type') as ComplaintType | null) ?? undefined,
    difficulty: difficulty >= 1 && difficulty <= 5 ? difficulty : undefined,
    department: params.get('department') ?? undefined,
    search: search.trim() || undefined,
  };
  const list = usePagedList(
    JSON.stringify(query),
    (after, limit) => fetchCasesPage(db, query, after, limit),
    ['cases'],
  );
  const total = useLiveQuery(() => liveCasesCount(db), []);
  const departments = useCaseDepartments();

  const summary = query.search
    ? list.rows.length >= SEARCH_LIMIT
      ? t('searchCapped', { count: SEARCH_LIMIT })
      : t('searchResults', { count: list.rows.length })
    : query.deleted
      ? null
      : t('count', { count: total ?? 0 });

  const columns: VirtualColumn<ComplaintCase>[] = [
    {
      key: 'title',
      header: t('columns.title'),
      width: '2.4fr',
      render: (c) => <Link to={`/cases/${c.id}`}>{c.title}</Link>,
    },
    {
      key: 'type',
      header: t('columns.complaintType'),
      width: '1.1fr',
      render: (c) => <Tag color="blue">{t(`complaintType.${c.complaintType}`)}</Tag>,
    },
    {
      key: 'difficulty',
      header: t('columns.difficulty'),
      width: '0.9fr',
      render: (c) => t(`difficulty.${c.difficulty}`),
    },
    {
      key: 'departments',
      header: t('columns.departments'),
      width: '1.6fr',
      render: (c) => c.departments.join('、'),
    },
    {
      key: 'updated',
      header: t('columns.updated'),
      width: '0.9fr',
      render: (c) => dayjs(c.updatedAt).format('YYYY-MM-DD'),
    },
  ];

  return (
    <div className="page">
      <div className="page-head">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('title')}
          </Typography.Title>
          <Typography.Text type="secondary" data-testid="cases-summary">
            {summary}
          </Typography.Text>
        </div>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/cases/new')}>
          {t('add')}
        </Button>
      </div>
      <Space wrap className="record-toolbar">
        <Input.Search
          allowClear
          aria-label={t('search.label')}
          placeholder={t('search.placeholder')}
          style={{ width: 300 }}
          value={searchText}
          onChange={(e) => {
            setSearchText(e.target.value);
            update({ q: e.target.value });
          }}
        />
        <Select
          aria-label={t('filters.complaintType')}
          placeholder={t('filters.complaintType')}
          allowClear
          value={query.complaintType}
          onChange={(v?: string) => update({ type: v })}
          options={COMPLAINT_TYPES.map((type) => ({ value: type, label: t(`complaintType.${type}`) }))}
        />
        <Select
          aria-label={t('filters.difficulty')}
          placeholder={t('filters.difficulty')}
          allowClear
          value={query.difficulty}
          onChange={(v?: number) => update({ difficulty: v === undefined ? undefined : String(v) })}
          options={DIFFICULTIES.map((d) => ({ value: d, label: t(`difficulty.${d}`) }))}
        />
        <Select
          aria-label={t('filters.department')}
          placeholder={t('filters.department')}
          allowClear
          showSearch
          value={query.department}
          onChange={(v?: string) => update({ department: v })}
          options={departments.map((d) => ({ value: d, label: d }))}
        />
        <Space>
          <Switch
            id="cases-show-deleted"
            checked={query.deleted}
            onChange={(on) => update({ deleted: on ? '1' : undefined })}
          />
          <label htmlFor="cases-show-deleted">{t('filters.showDeleted')}</label>
        </Space>
      </Space>
      <VirtualTable
        rowKey={(c) => c.id}
        rows={list.rows}
        columns={columns}
        loading={list.loading}
        hasMore={list.hasMore}
        onLoadMore={() => void list.loadMore()}
        testId="cases-rows"
      />
    </div>
  );
}
