import { CaretDownOutlined, CaretUpOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Person } from '../../../../shared/domain/person';
import { VirtualTable, type VirtualColumn } from '../shared-ui';
import { positionLabel } from './labels';
import type { PeopleSortField } from './queries';

interface Props {
  rows: Person[];
  loading: boolean;
  hasMore: boolean;
  onLoadMore(): void;
  sort: PeopleSortField;
  descending: boolean;
  onSort(field: PeopleSortField): void;
}

export function PeopleTable({ rows, loading, hasMore, onLoadMore, sort, descending, onSort }: Props) {
  const { t } = useTranslation('people');

  const sortable = (field: PeopleSortField, width: string, render: (p: Person) => ReactNode) => {
    const active = field === sort;
    return {
      key: field,
      width,
      render,
      sort: active ? (descending ? 'descending' : 'ascending') : undefined,
      header: (
        <button type="button" className="sort-button" onClick={() => onSort(field)}>
          {t(`columns.${field}`)}
          {active && (descending ? <CaretDownOutlined /> : <CaretUpOutlined />)}
        </button>
      ),
    } satisfies VirtualColumn<Person>;
  };

  const columns: VirtualColumn<Person>[] = [
    sortable('name', '1.2fr', (p) => <Link to={`/people/${p.id}`}>{p.name}</Link>),
    sortable('employeeNo', '1fr', (p) => p.employeeNo),
    {
      key: 'department',
      header: t('columns.department'),
      width: '1.3fr',
      render: (p) => p.department ?? p.organisation,
    },
    {
      key: 'position',
      header: t('columns.position'),
      width: '1.4fr',
      render: (p) => positionLabel(t, p.position),
    },
    sortable('hireDate', '1fr', (p) => p.hireDate),
    {
      key: 'status',
      header: t('columns.status'),
      width: '0.7fr',
      render: (p) => <Tag color={p.status === 'active' ? 'green' : 'default'}>{t(`status.${p.status}`)}</Tag>,
    },
    {
      key: 'trainer',
      header: t('columns.trainer'),
      width: '1fr',
      render: (p) =>
        p.trainerType !== 'none' && (
          <Tag color={p.trainerType === 'internal' ? 'blue' : 'purple'}>
            {t(`trainerType.${p.trainerType}`)}
          </Tag>
        ),
    },
  ];

  return (
    <VirtualTable
      rowKey={(p) => p.id}
      rows={rows}
      columns={columns}
      loading={loading}
      hasMore={hasMore}
      onLoadMore={onLoadMore}
      testId="people-rows"
    />
  );
}
