import { ArrowLeftOutlined, CheckOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Input,
  Popconfirm,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
  type InputRef,
} from 'antd';
import dayjs from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { isOnShelfStatus } from '../../../../shared/domain/stocktake';
import { NotFound } from '../../app/NotFound';
import { db } from '../../db';
import { circulationError, useCirculationContext } from './context';
import { finishStocktake, recordScan, type ScanResult } from './stocktake-commands';
import { recentScans, type RecentScan } from './stocktake-queries';
import { StocktakeReportView } from './StocktakeReportView';
import './circulation.css';

/** What the last scan did, said plainly next to the input. */
function LastScan({ result }: { result: ScanResult | null }) {
  const { t } = useTranslation(['circulation', 'lending']);
  if (!result || result.kind === 'empty') return null;
  if (result.kind === 'unknown')
    return <Alert type="error" showIcon title={t('stocktake.scanUnknown', { barcode: result.barcode })} />;
  if (result.kind === 'duplicate')
    return <Alert type="info" showIcon title={t('stocktake.scanDuplicate', { barcode: result.barcode })} />;
  const { copy } = result;
  const onShelf = isOnShelfStatus(copy.status);
  return (
    <Alert
      type={onShelf ? 'success' : 'warning'}
      showIcon
      title={t('stocktake.scanSeen', { barcode: copy.barcode, title: copy.title, location: copy.location })}
      description={
        onShelf
          ? undefined
          : t('stocktake.scanNotOnShelf', { status: t(`lending:copyStatus.${copy.status}`) })
      }
    />
  );
}

function Scanning({ stocktakeId }: { stocktakeId: string }) {
  const { t } = useTranslation(['circulation', 'lending', 'common']);
  const { message } = App.useApp();
  const writeContext = useCirculationContext();
  const input = useRef<InputRef>(null);
  const [text, setText] = useState('');
  const [last, setLast] = useState<ScanResult | null>(null);
  // A scanner types faster than a write commits: scans queue up and are stored one after another.
  const queue = useRef<Promise<void>>(Promise.resolve());
  const scans = useLiveQuery(() => recentScans(db, stocktakeId), [stocktakeId]);

  const submit = () => {
    const typed = text;
    setText('');
    queue.current = queue.current.then(async () => {
      try {
        setLast(await recordScan(db, writeContext(), stocktakeId, typed));
      } catch (error) {
        void message.error(circulationError(t, error));
      }
    });
  };

  return (
    <Card>
      <Space direction="vertical" size={12} style={{ width: '100%' }}>
        <label htmlFor="stocktake-scan">{t('stocktake.scanLabel')}</label>
        <Input
          id="stocktake-scan"
          ref={input}
          autoFocus
          autoComplete="off"
          className="circulation-scan-input"
          data-testid="stocktake-scan-input"
          placeholder={t('stocktake.scanPlaceholder')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onPressEnter={submit}
        />
        <div aria-live="polite">
          <LastScan result={last} />
        </div>
        <Table<RecentScan>
          size="small"
          rowKey="barcode"
          loading={scans === undefined}
          dataSource={scans}
          pagination={false}
          locale={{ emptyText: t('stocktake.noScans') }}
          title={() => t('stocktake.recentScans')}
          onRow={() => ({ 'data-testid': 'stocktake-scan-row' }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            {
              key: 'at',
              title: t('stocktake.columns.at'),
              width: 100,
              render: (_, s) => dayjs(s.at).format('HH:mm:ss'),
            },
            { key: 'barcode', title: t('stocktake.columns.barcode'), render: (_, s) => s.barcode },
            {
              key: 'title',
              title: t('stocktake.columns.title'),
              render: (_, s) => s.copy?.title ?? <Tag color="red">{t('stocktake.unknownTag')}</Tag>,
            },
            { key: 'location', title: t('stocktake.columns.location'), render: (_, s) => s.copy?.location },
            {
              key: 'status',
              title: t('stocktake.columns.recordStatus'),
              render: (_, s) =>
                s.copy && (
                  <Tag color={isOnShelfStatus(s.copy.status) ? undefined : 'orange'}>
                    {t(`lending:copyStatus.${s.copy.status}`)}
                  </Tag>
                ),
            },
          ]}
        />
      </Space>
    </Card>
  );
}

/** One stocktake: scanning while it runs (resumable at any time), its report once finished. */
export function StocktakePage() {
  const { t } = useTranslation(['circulation', 'common']);
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const writeContext = useCirculationContext();
  const stocktake = useLiveQuery(async () => (await db.stocktakes.get(id)) ?? null, [id]);
  const [finishing, setFinishing] = useState(false);
  if (stocktake === undefined) return <Spin />;
  if (stocktake === null) return <NotFound />;
  const running = stocktake.finishedAt === undefined;
  const locations = stocktake.locations.length ? stocktake.locations.join('、') : t('stocktake.allLocations');

  const finish = async () => {
    setFinishing(true);
    try {
      await finishStocktake(db, writeContext(), stocktake.id);
    } catch (error) {
      void message.error(circulationError(t, error));
    } finally {
      setFinishing(false);
    }
  };

  return (
    <div className="page circulation-scroll-page">
      <div className="page-head">
        <Space align="center" wrap>
          <Button
            icon={<ArrowLeftOutlined />}
            onClick={() => navigate('/lending/stocktake')}
            aria-label={t('common:actions.back')}
          />
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('stocktake.heading', { date: dayjs(stocktake.startedAt).format('YYYY-MM-DD HH:mm') })}
          </Typography.Title>
          {running ? (
            <Tag color="blue">{t('stocktake.inProgress')}</Tag>
          ) : (
            <Tag>
              {t('stocktake.finishedOn', { date: dayjs(stocktake.finishedAt).format('YYYY-MM-DD HH:mm') })}
            </Tag>
          )}
        </Space>
        {running && (
          <Popconfirm
            title={t('stocktake.finishConfirm', { count: stocktake.scanned })}
            description={t('stocktake.finishHint')}
            okText={t('stocktake.finish')}
            cancelText={t('common:actions.cancel')}
            onConfirm={finish}
          >
            <Button type="primary" icon={<CheckOutlined />} loading={finishing}>
              {t('stocktake.finish')}
            </Button>
          </Popconfirm>
        )}
      </div>
      {running ? (
        <Space size={32} align="end" wrap>
          <div>
            <Typography.Text type="secondary">{t('stocktake.scanned')}</Typography.Text>
            <div className="circulation-counter" data-testid="stocktake-scanned">
              {stocktake.scanned}
            </div>
          </div>
          <Typography.Text>{t('stocktake.covers', { locations })}</Typography.Text>
        </Space>
      ) : (
        <Typography.Text>{t('stocktake.covers', { locations })}</Typography.Text>
      )}
      {running ? (
        <Scanning stocktakeId={stocktake.id} />
      ) : stocktake.report ? (
        <StocktakeReportView stocktake={stocktake} report={stocktake.report} />
      ) : null}
    </div>
  );
}
