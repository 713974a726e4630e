import { PlusOutlined } from '@ant-design/icons';
import { Button, Input, Select, Space, Switch, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { MATERIAL_TYPES, type Material, type MaterialType } from '../../../../shared/domain/material';
import { db } from '../../db';
import { useVocabulary, VocabularySelect } from '../vocabularies';
import { fetchMaterialsPage, liveMaterialsCount, SEARCH_LIMIT, type MaterialsQuery } from './queries';
import { usePagedList, VirtualTable, type VirtualColumn } from '../shared-ui';
import './record-table.css';
import { useUrlQuery } from './url-query';

export function MaterialsListPage() {
  const { t } = useTranslation(['materials', 'common']);
  const navigate = useNavigate();
  const [params, update] = useUrlQuery();
  const [searchText, setSearchText] = useState(params.get('q') ?? '');
  // Typing stays responsive while the previous search is still being read.
  const search = useDeferredValue(searchText);
  const query: MaterialsQuery = {
    deleted: params.get('deleted') === '1',
    type: (params.get('type') as MaterialType | null) ?? undefined,
    category: params.get('category') ?? undefined,
    search: search.trim() || undefined,
  };
  const list = usePagedList(
    JSON.stringify(query),
    (after, limit) => fetchMaterialsPage(db, query, after, limit),
    ['materials'],
  );
  const total = useLiveQuery(() => liveMaterialsCount(db), []);
  const categories = useVocabulary('courseCategory');

  const summary = query.search
    ? list.rows.length >= SEARCH_LIMIT
      ? t('searchCapped', { count: SEARCH_LIMIT })
      : t('searchResults', { count: list.rows.length })
    : query.deleted
      ? null
      : t('count', { count: total ?? 0 });

  const columns: VirtualColumn<Material>[] = [
    {
      key: 'title',
      header: t('columns.title'),
      width: '2.2fr',
      render: (m) => <Link to={`/materials/${m.id}`}>{m.title}</Link>,
    },
    {
      key: 'type',
      header: t('columns.type'),
      width: '0.9fr',
      render: (m) => <Tag>{t(`type.${m.type}`)}</Tag>,
    },
    { key: 'authors', header: t('columns.authors'), width: '1.3fr', render: (m) => m.authors.join('、') },
    {
      key: 'category',
      header: t('columns.category'),
      width: '1.3fr',
      render: (m) => categories.labelOf(m.category),
    },
    {
      key: 'edition',
      header: t('columns.currentEdition'),
      width: '1fr',
      render: (m) =>
        m.currentEdition ? (
          t('edition.number', { number: m.currentEdition })
        ) : (
          <Typography.Text type="secondary">{t('detail.noCurrent')}</Typography.Text>
        ),
    },
    {
      key: 'updated',
      header: t('columns.updated'),
      width: '1fr',
      render: (m) => dayjs(m.updatedAt).format('YYYY-MM-DD'),
    },
  ];

  return (
    <div className="page">
      <div className="page-head">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('title')}
          </Typography.Title>
          <Typography.Text type="secondary" data-testid="materials-summary">
            {summary}
          </Typography.Text>
        </div>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/materials/new')}>
          {t('add')}
        </Button>
      </div>
      <Space wrap className="record-toolbar">
        <Input.Search
          allowClear
          aria-label={t('search.label')}
          placeholder={t('search.placeholder')}
          style={{ width: 320 }}
          value={searchText}
          onChange={(e) => {
            setSearchText(e.target.value);
            update({ q: e.target.value });
          }}
        />
        <Select
          aria-label={t('filters.type')}
          placeholder={t('filters.type')}
          allowClear
          style={{ width: 150 }}
          value={query.type}
          onChange={(v?: string) => update({ type: v })}
          options={MATERIAL_TYPES.map((type) => ({ value: type, label: t(`type.${type}`) }))}
        />
        <VocabularySelect
          list="courseCategory"
          aria-label={t('filters.category')}
          placeholder={t('filters.category')}
          allowClear
          value={query.category}
          onChange={(v?: string) => update({ category: v })}
        />
        <Space>
          <Switch
            id="materials-show-deleted"
            checked={query.deleted}
            onChange={(on) => update({ deleted: on ? '1' : undefined })}
          />
          <label htmlFor="materials-show-deleted">{t('filters.showDeleted')}</label>
        </Space>
      </Space>
      <VirtualTable
        rowKey={(m) => m.id}
        rows={list.rows}
        columns={columns}
        loading={list.loading}
        hasMore={list.hasMore}
        onLoadMore={() => void list.loadMore()}
        testId="materials-rows"
      />
    </div>
  );
}
