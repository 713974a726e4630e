import { PlusOutlined } from '@ant-design/icons';
import { Button, Input, Select, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { COURSE_STATUSES, type CourseStatus } from '../../../../shared/domain/course';
import { db } from '../../db';
import { VocabularySelect } from '../vocabularies';
import { CatalogueTable } from './CatalogueTable';
import { PositionSelect } from './PositionSelect';
import { courseCount, SEARCH_LIMIT, type CourseQuery } from './queries';
import { useCatalogue } from './use-catalogue';
import './courses.css';

const FILTERS = ['status', 'category', 'level', 'delivery', 'position'] as const;

/** The catalogue's state lives in the URL so that Back from a course returns to the same view. */
function useCatalogueQuery(): [CourseQuery, (patch: Partial<Record<string, string | undefined>>) => void] {
  const [params, setParams] = useSearchParams();
  const query: CourseQuery = { search: params.get('q') ?? undefined };
  for (const f of FILTERS) {
    const v = params.get(f);
    if (v) (query as Record<string, string>)[f] = v;
  }
  const update = (patch: Partial<Record<string, string | undefined>>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(patch)) {
          if (v === undefined || v === '') next.delete(k);
          else next.set(k, v);
        }
        return next;
      },
      { replace: true },
    );
  return [query, update];
}

export function CataloguePage() {
  const { t } = useTranslation('courses');
  const navigate = useNavigate();
  const [query, update] = useCatalogueQuery();
  const [searchText, setSearchText] = useState(query.search ?? '');
  // Typing stays responsive while the previous search is still being read.
  const deferredSearch = useDeferredValue(searchText);
  const effective = { ...query, search: deferredSearch || undefined };
  const list = useCatalogue(effective);
  const total = useLiveQuery(() => courseCount(db, query.status), [query.status]);

  const filtered = FILTERS.some((f) => f !== 'status' && query[f]);
  const summary = effective.search
    ? list.capped
      ? t('catalogue.searchCapped', { count: SEARCH_LIMIT })
      : t('catalogue.searchResults', { count: list.rows.length })
    : filtered
      ? null
      : t('catalogue.count', { count: total ?? 0 });

  return (
    <div className="page courses-page">
      <div className="page-head">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('catalogue.title')}
          </Typography.Title>
          <Typography.Text type="secondary" data-testid="courses-summary">
            {summary}
          </Typography.Text>
        </div>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/courses/new')}>
          {t('catalogue.add')}
        </Button>
      </div>
      <Space wrap>
        <Input.Search
          allowClear
          aria-label={t('catalogue.searchLabel')}
          placeholder={t('catalogue.searchPlaceholder')}
          style={{ width: 320 }}
          value={searchText}
          onChange={(e) => {
            setSearchText(e.target.value);
            update({ q: e.target.value });
          }}
        />
        <Select
          aria-label={t('filters.status')}
          placeholder={t('filters.status')}
          allowClear
          style={{ width: 150 }}
          value={query.status}
          onChange={(v?: CourseStatus) => update({ status: v })}
          options={COURSE_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        />
        <VocabularySelect
          list="courseCategory"
          aria-label={t('filters.category')}
          placeholder={t('filters.category')}
          allowClear
          value={query.category}
          onChange={(v) => update({ category: v })}
        />
        <VocabularySelect
          list="courseLevel"
          aria-label={t('filters.level')}
          placeholder={t('filters.level')}
          allowClear
          value={query.level}
          onChange={(v) => update({ level: v })}
        />
        <VocabularySelect
          list="deliveryMode"
          aria-label={t('filters.delivery')}
          placeholder={t('filters.delivery')}
          allowClear
          value={query.delivery}
          onChange={(v) => update({ delivery: v })}
        />
        <PositionSelect
          aria-label={t('filters.position')}
          placeholder={t('filters.position')}
          value={query.position}
          onChange={(v) => update({ position: v })}
        />
      </Space>
      <CatalogueTable
        rows={list.rows}
        loading={list.loading}
        hasMore={list.hasMore}
        onLoadMore={() => void list.loadMore()}
      />
    </div>
  );
}
