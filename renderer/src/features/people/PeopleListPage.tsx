import { DownOutlined, ImportOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Input, Select, Space, Switch, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import {
  KNOWN_POSITIONS,
  PERSON_STATUSES,
  TRAINER_TYPES,
  type PersonStatus,
  type TrainerType,
} from '../../../../shared/domain/person';
import { localDate } from '../../../../shared/domain/record';
import { errorMessage } from '../../app/error-message';
import { useSession } from '../../app/session';
import { db } from '../../db';
import { platform } from '../../platform';
import { ExportButton, peopleTable } from '../export';
import { printReport } from '../print';
import { positionLabel } from './labels';
import { PeopleTable } from './PeopleTable';
import {
  distinctValues,
  livePeopleCount,
  SEARCH_LIMIT,
  type PeopleQuery,
  type PeopleSortField,
} from './queries';
import { usePeopleList } from './use-people-list';

/** The list's state lives in the URL so that Back from a person returns to the same view. */
function useListQuery(): [PeopleQuery, (patch: Partial<Record<string, string | undefined>>) => void] {
  const [params, setParams] = useSearchParams();
  const query: PeopleQuery = {
    deleted: params.get('deleted') === '1',
    sort: (params.get('sort') as PeopleSortField | null) ?? 'name',
    descending: params.get('desc') === '1',
    department: params.get('department') ?? undefined,
    position: params.get('position') ?? undefined,
    status: (params.get('status') as PersonStatus | null) ?? undefined,
    trainerType: (params.get('trainerType') as TrainerType | null) ?? undefined,
    search: params.get('q') ?? undefined,
  };
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

export function PeopleListPage() {
  const { t } = useTranslation(['people', 'common']);
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { language } = useSession();
  const [printing, setPrinting] = useState(false);
  const [query, update] = useListQuery();
  const [searchText, setSearchText] = useState(query.search ?? '');
  // Typing stays responsive while the previous search is still being read.
  const deferredSearch = useDeferredValue(searchText);
  const effective = { ...query, search: deferredSearch || undefined };
  const list = usePeopleList(effective);
  const total = useLiveQuery(() => livePeopleCount(db), []);
  const departments = useLiveQuery(() => distinctValues(db, 'department'), []) ?? [];
  const positions = useLiveQuery(() => distinctValues(db, 'position'), []) ?? [];
  const positionOptions = [...new Set([...KNOWN_POSITIONS, ...positions])];

  const onSort = (field: PeopleSortField) =>
    update(
      field === query.sort ? { desc: query.descending ? undefined : '1' } : { sort: field, desc: undefined },
    );

  const printRoster = async () => {
    setPrinting(true);
    try {
      const date = localDate(new Date());
      const printed = await printReport(platform, {
        route: '/print/roster',
        fileName: t('print:roster.fileName', { date }),
        title: t('print:roster.title'),
      });
      if (printed === 'saved') void message.success(t('print:saved'));
    } catch (error) {
      void message.error(errorMessage(t, error));
    } finally {
      setPrinting(false);
    }
  };

  const searching = Boolean(effective.search);
  const summary = searching
    ? list.rows.length >= SEARCH_LIMIT
      ? t('searchCapped', { count: SEARCH_LIMIT })
      : t('searchResults', { count: list.rows.length })
    : query.deleted
      ? null
      : t('count', { count: total ?? 0 });

  return (
    <div className="page people-page">
      <div className="page-head">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('title')}
          </Typography.Title>
          <Typography.Text type="secondary" data-testid="people-summary">
            {summary}
          </Typography.Text>
        </div>
        <Space wrap>
          <Button icon={<ImportOutlined />} onClick={() => navigate('/people/import')}>
            {t('import:actions.import')}
          </Button>
          <ExportButton table={() => peopleTable(db, effective, t, language, localDate(new Date()))} />
          <Button icon={<PrinterOutlined />} loading={printing} onClick={() => void printRoster()}>
            {printing ? t('print:preparing') : t('print:printRoster')}
          </Button>
          <Space.Compact>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/people/new')}>
              {t('add')}
            </Button>
            <Dropdown
              menu={{
                items: [
                  { key: 'employee', label: t('addEmployee') },
                  { key: 'external', label: t('addExternal') },
                ],
                onClick: ({ key }) => navigate(`/people/new?kind=${key}`),
              }}
            >
              <Button type="primary" icon={<DownOutlined />} aria-label={t('addExternal')} />
            </Dropdown>
          </Space.Compact>
        </Space>
      </div>
      <Space wrap className="people-toolbar">
        <Input.Search
          allowClear
          aria-label={t('search.label')}
          placeholder={t('search.placeholder')}
          style={{ width: 340 }}
          value={searchText}
          onChange={(e) => {
            setSearchText(e.target.value);
            update({ q: e.target.value });
          }}
        />
        <Select
          aria-label={t('filters.department')}
          placeholder={t('filters.department')}
          allowClear
          showSearch
          style={{ width: 170 }}
          value={query.department}
          onChange={(v?: string) => update({ department: v })}
          options={departments.map((d) => ({ value: d, label: d }))}
        />
        <Select
          aria-label={t('filters.position')}
          placeholder={t('filters.position')}
          allowClear
          style={{ width: 190 }}
          value={query.position}
          onChange={(v?: string) => update({ position: v })}
          options={positionOptions.map((p) => ({ value: p, label: positionLabel(t, p) }))}
        />
        <Select
          aria-label={t('filters.status')}
          placeholder={t('filters.status')}
          allowClear
          style={{ width: 120 }}
          value={query.status}
          onChange={(v?: string) => update({ status: v })}
          options={PERSON_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        />
        <Select
          aria-label={t('filters.trainerType')}
          placeholder={t('filters.trainerType')}
          allowClear
          style={{ width: 150 }}
          value={query.trainerType}
          onChange={(v?: string) => update({ trainerType: v })}
          options={TRAINER_TYPES.map((s) => ({ value: s, label: t(`trainerType.${s}`) }))}
        />
        <Space>
          <Switch
            id="people-show-deleted"
            checked={query.deleted}
            onChange={(on) => update({ deleted: on ? '1' : undefined })}
          />
          <label htmlFor="people-show-deleted">{t('filters.showDeleted')}</label>
        </Space>
      </Space>
      <PeopleTable
        rows={list.rows}
        loading={list.loading}
        hasMore={list.hasMore}
        onLoadMore={() => void list.loadMore()}
        sort={query.sort}
        descending={query.descending}
        onSort={onSort}
      />
    </div>
  );
}
