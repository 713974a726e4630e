import { ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Input, Select, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { COPY_STATUSES, type Copy, type CopyStatus } from '../../../../shared/domain/lending';
import { db } from '../../db';
import { useUrlQuery } from '../materials';
import { usePagedList, VirtualTable, type VirtualColumn } from '../shared-ui';
import { MaterialPicker } from './MaterialPicker';
import { copiesCount, copyByBarcode, editionsOfMaterial, fetchCopiesPage, type CopiesQuery } from './queries';
import { ConditionTag, StatusTag } from './StatusTag';
import './copies.css';

/** 馆藏副本: every copy, paged from an index; filters live in the URL so Back returns to the same view. */
export function CopiesListPage() {
  const { t } = useTranslation(['copies', 'lending', 'common']);
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [params, update] = useUrlQuery();
  const [barcodeText, setBarcodeText] = useState(params.get('q') ?? '');
  const barcode = useDeferredValue(barcodeText.trim());
  const materialId = params.get('material') ?? undefined;
  const editionParam = params.get('edition');
  const query: CopiesQuery = {
    status: (params.get('status') as CopyStatus | null) ?? undefined,
    materialId,
    edition: materialId && editionParam ? Number(editionParam) : undefined,
    barcode: barcode || undefined,
  };
  const list = usePagedList(
    JSON.stringify(query),
    (after, limit) => fetchCopiesPage(db, query, after, limit),
    ['copies'],
  );
  const total = useLiveQuery(() => copiesCount(db), []);
  const editions = useLiveQuery(
    async () => (materialId ? editionsOfMaterial(db, materialId) : []),
    [materialId],
  );
  const filtered = Boolean(query.status || query.materialId || query.barcode);

  /** A scanner ends with Enter: a whole barcode opens its copy at once. */
  const openScanned = async (text: string) => {
    if (!text.trim()) return;
    const copy = await copyByBarcode(db, text);
    if (copy) navigate(`/lending/copies/${copy.id}`);
    else if (list.rows.length === 0) void message.warning(t('list.notFound', { barcode: text.trim() }));
  };

  const columns: VirtualColumn<Copy>[] = [
    {
      key: 'barcode',
      header: t('columns.barcode'),
      width: '1fr',
      cellClassName: 'copy-barcode-cell',
      render: (c) => <Link to={`/lending/copies/${c.id}`}>{c.barcode}</Link>,
    },
    {
      key: 'title',
      header: t('columns.title'),
      width: '2.2fr',
      cellTitle: (c) => c.title,
      render: (c) => <Link to={`/materials/${c.materialId}`}>{c.title}</Link>,
    },
    {
      key: 'edition',
      header: t('columns.edition'),
      width: '0.8fr',
      render: (c) => t('edition', { number: c.editionNumber }),
    },
    { key: 'location', header: t('columns.location'), width: '0.9fr', render: (c) => c.location },
    {
      key: 'condition',
      header: t('columns.condition'),
      width: '0.8fr',
      render: (c) => <ConditionTag condition={c.condition} />,
    },
    {
      key: 'status',
      header: t('columns.status'),
      width: '0.9fr',
      render: (c) => <StatusTag status={c.status} />,
    },
    { key: 'acquiredOn', header: t('columns.acquiredOn'), width: '0.9fr', render: (c) => c.acquiredOn },
  ];

  const addPath = materialId ? `/lending/copies/new?material=${materialId}` : '/lending/copies/new';
  return (
    <div className="page">
      <div className="page-head">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('title')}
          </Typography.Title>
          <Typography.Text type="secondary" data-testid="copies-summary">
            {filtered
              ? t('list.shown', { count: list.rows.length, more: list.hasMore ? '+' : '' })
              : t('count', { count: total ?? 0 })}
          </Typography.Text>
        </div>
        <Space wrap>
          <Button icon={<ImportOutlined />} onClick={() => navigate('/lending/copies/import')}>
            {t('import.open')}
          </Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate(addPath)}>
            {t('add.open')}
          </Button>
        </Space>
      </div>
      <Space wrap className="record-toolbar">
        <Input.Search
          allowClear
          aria-label={t('list.search')}
          placeholder={t('list.searchPlaceholder')}
          style={{ width: 280 }}
          value={barcodeText}
          onChange={(e) => {
            setBarcodeText(e.target.value);
            update({ q: e.target.value });
          }}
          onSearch={(text) => void openScanned(text)}
        />
        <Select
          aria-label={t('list.status')}
          placeholder={t('list.status')}
          allowClear
          style={{ width: 150 }}
          value={query.status}
          onChange={(v?: string) => update({ status: v })}
          options={COPY_STATUSES.map((s) => ({ value: s, label: t(`lending:copyStatus.${s}`) }))}
        />
        <MaterialPicker
          aria-label={t('list.material')}
          placeholder={t('list.material')}
          allowClear
          style={{ width: 280 }}
          value={materialId}
          onChange={(v) => update({ material: v, edition: undefined })}
        />
        {materialId && (
          <Select
            aria-label={t('list.edition')}
            placeholder={t('list.edition')}
            allowClear
            style={{ width: 130 }}
            value={query.edition}
            onChange={(v?: number) => update({ edition: v === undefined ? undefined : String(v) })}
            options={(editions ?? []).map((e) => ({
              value: e.number,
              label: t('edition', { number: e.number }),
            }))}
          />
        )}
      </Space>
      <VirtualTable
        rowKey={(c) => c.id}
        rows={list.rows}
        columns={columns}
        loading={list.loading}
        hasMore={list.hasMore}
        onLoadMore={() => void list.loadMore()}
        testId="copy-row"
        emptyText={filtered ? t('list.noMatch') : t('list.empty')}
      />
    </div>
  );
}
