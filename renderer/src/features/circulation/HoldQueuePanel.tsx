import { App, Button, Popconfirm, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { db } from '../../db';
import { cancelHold } from '../loans';
import type { BorrowerHold } from './borrower-queries';
import { circulationError, useCirculationContext } from './context';
import { describedQueue } from './hold-queries';
import { HoldStatusTag } from './tags';

interface Props {
  materialId: string;
}

/**
 * A material's hold queue 预约队列 in order: those on the hold shelf first, then the waiting ones by
 * the time they asked. Shown on the holds screen and on the material's page.
 */
export function HoldQueuePanel({ materialId }: Props) {
  const { t } = useTranslation(['circulation', 'common']);
  const { message } = App.useApp();
  const writeContext = useCirculationContext();
  const queue = useLiveQuery(() => describedQueue(db, materialId), [materialId]);
  const cancel = async (hold: BorrowerHold) => {
    try {
      await cancelHold(db, writeContext(), hold.id);
      void message.success(t('holds.cancelledFor', { name: hold.borrowerName }));
    } catch (error) {
      void message.error(circulationError(t, error));
    }
  };
  return (
    <Table<BorrowerHold>
      size="small"
      rowKey="id"
      data-testid="hold-queue"
      loading={queue === undefined}
      dataSource={queue}
      pagination={false}
      locale={{ emptyText: t('holds.queueEmpty') }}
      onRow={() => ({ 'data-testid': 'hold-queue-row' }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        { key: 'position', title: t('holds.columns.position'), width: 64, render: (_, _h, i) => i + 1 },
        {
          key: 'borrower',
          title: t('holds.columns.borrower'),
          render: (_, h) => <Link to={`/lending/borrowers/${h.borrowerId}`}>{h.borrowerName}</Link>,
        },
        {
          key: 'placed',
          title: t('holds.columns.placedAt'),
          render: (_, h) => dayjs(h.placedAt).format('YYYY-MM-DD HH:mm'),
        },
        {
          key: 'copy',
          title: t('holds.columns.copy'),
          render: (_, h) =>
            h.copyId ? (
              t('holds.thisCopy', { barcode: h.barcode ?? '' })
            ) : (
              <Typography.Text type="secondary">{t('holds.anyCopy')}</Typography.Text>
            ),
        },
        {
          key: 'status',
          title: t('holds.columns.status'),
          render: (_, h) => (
            <span>
              <HoldStatusTag status={h.status} />
              {h.status === 'ready' && (
                <Typography.Text type="secondary">
                  {t('holds.waitsUntil', { date: h.expiresOn ?? '', barcode: h.barcode ?? '' })}
                </Typography.Text>
              )}
            </span>
          ),
        },
        {
          key: 'actions',
          title: t('holds.columns.actions'),
          width: 100,
          render: (_, h) => (
            <Popconfirm
              title={t('holds.cancelFor', { name: h.borrowerName })}
              okText={t('holds.cancel')}
              cancelText={t('common:actions.cancel')}
              onConfirm={() => cancel(h)}
            >
              <Button size="small">{t('holds.cancel')}</Button>
            </Popconfirm>
          ),
        },
      ]}
    />
  );
}
