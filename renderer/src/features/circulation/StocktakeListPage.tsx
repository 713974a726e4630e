import { PlayCircleOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Stocktake } from '../../../../shared/domain/lending';
import { db } from '../../db';
import { circulationError, useCirculationContext } from './context';
import { startStocktake } from './stocktake-commands';
import { recentStocktakes } from './stocktake-queries';
import './circulation.css';

/** 盘点: start a stocktake (of some shelf locations or all of them), resume one, or read a past report. */
export function StocktakeListPage() {
  const { t } = useTranslation(['circulation', 'common']);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const writeContext = useCirculationContext();
  const stocktakes = useLiveQuery(() => recentStocktakes(db), []);
  const [locations, setLocations] = useState('');
  const [busy, setBusy] = useState(false);

  const start = async () => {
    setBusy(true);
    try {
      const stocktake = await startStocktake(db, writeContext(), locations);
      navigate(`/lending/stocktake/${stocktake.id}`);
    } catch (error) {
      void message.error(circulationError(t, error));
      setBusy(false);
    }
  };

  return (
    <div className="page circulation-scroll-page">
      <div className="page-head">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('stocktake.title')}
        </Typography.Title>
      </div>
      <Card title={t('stocktake.startTitle')}>
        <Form layout="vertical" component="div">
          <Form.Item
            label={t('stocktake.locations')}
            htmlFor="stocktake-locations"
            help={t('stocktake.locationsHelp')}
          >
            <Input
              id="stocktake-locations"
              style={{ maxWidth: 420 }}
              value={locations}
              placeholder={t('stocktake.locationsPlaceholder')}
              onChange={(e) => setLocations(e.target.value)}
              onPressEnter={() => void start()}
            />
          </Form.Item>
          <Button
            type="primary"
            icon={<PlayCircleOutlined />}
            loading={busy}
            onClick={() => void start()}
            style={{ marginTop: 8 }}
          >
            {t('stocktake.start')}
          </Button>
        </Form>
      </Card>
      <Card title={t('stocktake.past')}>
        <Table<Stocktake>
          size="small"
          rowKey="id"
          data-testid="stocktakes"
          loading={stocktakes === undefined}
          dataSource={stocktakes}
          pagination={false}
          locale={{ emptyText: t('stocktake.none') }}
          onRow={() => ({ 'data-testid': 'stocktake-row' }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            {
              key: 'started',
              title: t('stocktake.columns.started'),
              render: (_, s) => (
                <Link to={`/lending/stocktake/${s.id}`}>{dayjs(s.startedAt).format('YYYY-MM-DD HH:mm')}</Link>
              ),
            },
            {
              key: 'locations',
              title: t('stocktake.columns.locations'),
              render: (_, s) => (s.locations.length ? s.locations.join('、') : t('stocktake.allLocations')),
            },
            { key: 'scanned', title: t('stocktake.columns.scanned'), render: (_, s) => s.scanned },
            {
              key: 'status',
              title: t('stocktake.columns.status'),
              render: (_, s) =>
                s.finishedAt === undefined ? (
                  <Tag color="blue">{t('stocktake.inProgress')}</Tag>
                ) : (
                  <Tag>
                    {t('stocktake.finishedOn', { date: dayjs(s.finishedAt).format('YYYY-MM-DD HH:mm') })}
                  </Tag>
                ),
            },
            {
              key: 'found',
              title: t('stocktake.columns.found'),
              render: (_, s) =>
                s.report &&
                t('stocktake.foundSummary', {
                  missing: s.report.missing.length,
                  notOnShelf: s.report.notOnShelf.length,
                  unknown: s.report.unknown.length,
                }),
            },
            {
              key: 'open',
              title: '',
              render: (_, s) => (
                <Link to={`/lending/stocktake/${s.id}`}>
                  {s.finishedAt === undefined ? t('stocktake.resume') : t('stocktake.viewReport')}
                </Link>
              ),
            },
          ]}
        />
      </Card>
    </div>
  );
}
