import { ClockCircleOutlined } from '@ant-design/icons';
import { App, Button, Card, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localDate } from '../../../../shared/domain/record';
import { db } from '../../db';
import { expireHolds } from '../loans';
import { useUrlQuery } from '../materials';
import type { BorrowerHold } from './borrower-queries';
import { circulationError, useCirculationContext } from './context';
import { holdShelf, HOLD_SHELF_LIMIT } from './hold-queries';
import { HoldQueuePanel } from './HoldQueuePanel';
import { MaterialPicker } from './MaterialPicker';
import './circulation.css';

/** 预约: the hold shelf (who each copy waits for, until when) and any material's queue. */
export function HoldsPage() {
  const { t } = useTranslation(['circulation', 'common']);
  const { message } = App.useApp();
  const writeContext = useCirculationContext();
  const [params, update] = useUrlQuery();
  const materialId = params.get('material') ?? undefined;
  const shelf = useLiveQuery(() => holdShelf(db), []);
  const [expiring, setExpiring] = useState(false);
  const today = localDate(new Date());
  const expired = (shelf ?? []).filter((h) => (h.expiresOn ?? '') < today);

  const expireNow = async () => {
    setExpiring(true);
    try {
      const count = await expireHolds(db, writeContext());
      void message.success(t('holds.expiredDone', { count }));
    } catch (error) {
      void message.error(circulationError(t, error));
    } finally {
      setExpiring(false);
    }
  };

  return (
    <div className="page circulation-scroll-page">
      <div className="page-head">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('holds.title')}
        </Typography.Title>
      </div>
      <Card
        title={t('holds.shelf', { count: shelf?.length ?? 0 })}
        extra={
          <Popconfirm
            title={t('holds.expireConfirm', { count: expired.length })}
            description={t('holds.expireHint')}
            okText={t('holds.expireNow')}
            cancelText={t('common:actions.cancel')}
            onConfirm={expireNow}
            disabled={expired.length === 0}
          >
            <Button icon={<ClockCircleOutlined />} disabled={expired.length === 0} loading={expiring}>
              {t('holds.expireNow')}
            </Button>
          </Popconfirm>
        }
      >
        {shelf && shelf.length >= HOLD_SHELF_LIMIT && (
          <Typography.Paragraph type="secondary">
            {t('holds.shelfCapped', { count: HOLD_SHELF_LIMIT })}
          </Typography.Paragraph>
        )}
        <Table<BorrowerHold>
          size="small"
          rowKey="id"
          data-testid="hold-shelf"
          loading={shelf === undefined}
          dataSource={shelf}
          pagination={shelf && shelf.length > 20 ? { pageSize: 20, size: 'small' } : false}
          locale={{ emptyText: t('holds.shelfEmpty') }}
          rowClassName={(h) => ((h.expiresOn ?? '') < today ? 'circulation-expired' : '')}
          onRow={() => ({ 'data-testid': 'hold-shelf-row' }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { key: 'barcode', title: t('holds.columns.barcode'), render: (_, h) => h.barcode },
            {
              key: 'material',
              title: t('holds.columns.material'),
              render: (_, h) => <Link to={`/lending/holds?material=${h.materialId}`}>{h.materialTitle}</Link>,
            },
            {
              key: 'borrower',
              title: t('holds.columns.borrower'),
              render: (_, h) => <Link to={`/lending/borrowers/${h.borrowerId}`}>{h.borrowerName}</Link>,
            },
            {
              key: 'until',
              title: t('holds.columns.until'),
              render: (_, h) =>
                (h.expiresOn ?? '') < today ? (
                  <Space size={4}>
                    <Typography.Text type="danger">{h.expiresOn}</Typography.Text>
                    <Tag color="red">{t('holds.expiredTag')}</Tag>
                  </Space>
                ) : (
                  h.expiresOn
                ),
            },
          ]}
        />
      </Card>
      <Card
        title={t('holds.queueTitle')}
        extra={
          <Space>
            <label htmlFor="queue-material">{t('holds.material')}</label>
            <MaterialPicker
              id="queue-material"
              value={materialId}
              onChange={(id) => update({ material: id })}
            />
          </Space>
        }
      >
        {materialId ? (
          <HoldQueuePanel materialId={materialId} />
        ) : (
          <Typography.Text type="secondary">{t('holds.queueHint')}</Typography.Text>
        )}
      </Card>
    </div>
  );
}
