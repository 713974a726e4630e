import { Segmented, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatFen } from '../../../../shared/domain/money';
import { CHARGE_STATUSES, type Charge } from '../../../../shared/domain/lending';
import { db } from '../../db';
import { useUrlQuery } from '../materials';
import { usePagedList, VirtualTable, type VirtualColumn } from '../shared-ui';
import { ChargeActions, useChargeDialogs } from './ChargeActions';
import { chargesPage, openChargesTotal, type ChargeFilter } from './charge-queries';
import type { KeysetCursor } from './keyset';
import { ChargeStatusTag } from './tags';
import './circulation.css';

const FILTERS: ChargeFilter[] = [...CHARGE_STATUSES, 'all'];

/** 赔偿: charges for lost and damaged copies, by status, newest first; pay, waive, reverse, print receipts. */
export function ChargesPage() {
  const { t } = useTranslation(['circulation', 'lending', 'common']);
  const [params, update] = useUrlQuery();
  const filter = (FILTERS as string[]).includes(params.get('status') ?? '')
    ? (params.get('status') as ChargeFilter)
    : 'open';
  const list = usePagedList<Charge, KeysetCursor>(
    filter,
    (after, limit) => chargesPage(db, filter, after, limit),
    ['charges'],
  );
  const open = useLiveQuery(() => openChargesTotal(db), []);
  const { start, dialogs } = useChargeDialogs();

  const columns: VirtualColumn<Charge>[] = [
    {
      key: 'created',
      header: t('charges.columns.date'),
      width: '0.8fr',
      sort: 'descending',
      render: (c) => dayjs(c.createdAt).format('YYYY-MM-DD'),
    },
    {
      key: 'borrower',
      header: t('charges.columns.borrower'),
      width: '0.8fr',
      render: (c) => <Link to={`/lending/borrowers/${c.borrowerId}`}>{c.borrowerName}</Link>,
    },
    {
      key: 'copy',
      header: t('charges.columns.copy'),
      width: '1.6fr',
      cellTitle: (c) => `${c.title} ${c.barcode}`,
      render: (c) => (
        <span>
          {c.title} <Typography.Text type="secondary">{c.barcode}</Typography.Text>
        </span>
      ),
    },
    {
      key: 'reason',
      header: t('charges.columns.reason'),
      width: '0.5fr',
      render: (c) => t(`lending:chargeReason.${c.reason}`),
    },
    {
      key: 'amount',
      header: t('charges.columns.amount'),
      width: '0.7fr',
      cellClassName: 'circulation-amount',
      render: (c) => formatFen(c.amount),
    },
    {
      key: 'status',
      header: t('charges.columns.status'),
      width: '1fr',
      cellTitle: (c) => c.statusNote ?? c.receiptNo ?? '',
      render: (c) => (
        <span>
          <ChargeStatusTag status={c.status} />
          <Typography.Text type="secondary">{c.receiptNo ?? c.statusNote}</Typography.Text>
        </span>
      ),
    },
    {
      key: 'actions',
      header: t('charges.columns.actions'),
      width: '1.9fr',
      render: (c) => <ChargeActions charge={c} onAction={(action) => start(c, action)} />,
    },
  ];

  return (
    <div className="page">
      <div className="page-head">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('charges.title')}
          </Typography.Title>
          <Typography.Text type="secondary" data-testid="charges-summary">
            {t('charges.openSummary', { count: open?.count ?? 0, amount: formatFen(open?.amount ?? 0) })}
          </Typography.Text>
        </div>
      </div>
      <Space wrap>
        <Segmented<ChargeFilter>
          aria-label={t('charges.filter')}
          value={filter}
          onChange={(v) => update({ status: v === 'open' ? undefined : v })}
          options={FILTERS.map((f) => ({
            value: f,
            label: f === 'all' ? t('charges.all') : t(`lending:chargeStatus.${f}`),
          }))}
        />
      </Space>
      <VirtualTable
        rowKey={(c) => c.id}
        rows={list.rows}
        columns={columns}
        loading={list.loading}
        hasMore={list.hasMore}
        onLoadMore={() => void list.loadMore()}
        testId="charge-rows"
        emptyText={t('charges.empty')}
        rowHeight={52}
      />
      {dialogs}
    </div>
  );
}
