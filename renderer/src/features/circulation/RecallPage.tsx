import { CopyOutlined, PrinterOutlined, SendOutlined, StopOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Popconfirm,
  Radio,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Copy, Notice } from '../../../../shared/domain/lending';
import { recallBatchId } from '../../../../shared/domain/recall';
import { db } from '../../db';
import { readLendingConfig } from '../loans';
import { useUrlQuery } from '../materials';
import { circulationError, useCirculationContext } from './context';
import { MaterialPicker } from './MaterialPicker';
import { printRecallLetters } from './print-documents';
import { sendRecallNotices, takeOffShelf } from './recall-commands';
import { noticeLanguage, recallNoticeBody } from './recall-notice';
import { recallBatch, recallOverview, type RecallLoan, type RecallOverview } from './recall-queries';
import './circulation.css';

/** A batch's letters, as text to paste into chat or e-mail, or printed. */
function BatchActions({ sentAt, count }: { sentAt: number; count: number }) {
  const { t } = useTranslation(['circulation', 'common']);
  const { message } = App.useApp();
  const copyText = async () => {
    const letters = await recallBatch(db, sentAt);
    await navigator.clipboard.writeText(letters.map((l) => l.notice.body).join('\n\n——————————\n\n'));
    void message.success(t('recall.textCopied', { count: letters.length }));
  };
  const print = async () => {
    try {
      await printRecallLetters(
        recallBatchId(sentAt),
        t('recall.lettersFile', { date: dayjs(sentAt).format('YYYYMMDD-HHmm') }),
        t('recall.lettersTitle'),
      );
    } catch (error) {
      void message.error(circulationError(t, error));
    }
  };
  return (
    <Space wrap>
      <Typography.Text>
        {t('recall.batch', { date: dayjs(sentAt).format('YYYY-MM-DD HH:mm'), count })}
      </Typography.Text>
      <Button size="small" icon={<CopyOutlined />} onClick={() => void copyText()}>
        {t('recall.copyText')}
      </Button>
      <Button size="small" icon={<PrinterOutlined />} onClick={() => void print()}>
        {t('recall.printLetters')}
      </Button>
    </Space>
  );
}

function OnLoan({ overview }: { overview: RecallOverview }) {
  const { t, i18n } = useTranslation(['circulation', 'common']);
  const { message } = App.useApp();
  const writeContext = useCirculationContext();
  const [channel, setChannel] = useState<Notice['channel']>('letter');
  const [busy, setBusy] = useState(false);
  const pending = overview.loans.filter((l) => !l.notice);
  const batches = [
    ...new Map(overview.loans.flatMap((l) => (l.notice ? [[l.notice.sentAt, 0] as const] : []))).keys(),
  ]
    .sort((a, b) => b - a)
    .map((sentAt) => ({ sentAt, count: overview.loans.filter((l) => l.notice?.sentAt === sentAt).length }));

  const send = async () => {
    setBusy(true);
    try {
      const config = await readLendingConfig(db);
      const ctx = writeContext();
      const editions = new Map(overview.loans.map((l) => [l.id, l.editionNumber]));
      const result = await sendRecallNotices(db, ctx, {
        loanIds: pending.map((l) => l.id),
        channel,
        body: (loan) =>
          recallNoticeBody(
            config,
            noticeLanguage(i18n.language),
            { ...loan, editionNumber: editions.get(loan.id) ?? 0 },
            ctx.today,
          ),
      });
      void message.success(t('recall.sent', { count: result.sent.length }));
      if (result.alreadySent > 0) void message.info(t('recall.alreadySent', { count: result.alreadySent }));
    } catch (error) {
      void message.error(circulationError(t, error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card
      title={t('recall.onLoan', { count: overview.loans.length })}
      extra={
        <Space wrap>
          <Radio.Group
            aria-label={t('recall.channel')}
            value={channel}
            onChange={(e) => setChannel(e.target.value as Notice['channel'])}
            options={[
              { value: 'letter', label: t('recall.channelLetter') },
              { value: 'text', label: t('recall.channelText') },
            ]}
          />
          <Popconfirm
            title={t('recall.sendConfirm', { count: pending.length })}
            description={t('recall.sendHint')}
            okText={t('recall.send', { count: pending.length })}
            cancelText={t('common:actions.cancel')}
            onConfirm={send}
            disabled={pending.length === 0}
          >
            <Button type="primary" icon={<SendOutlined />} disabled={pending.length === 0} loading={busy}>
              {t('recall.send', { count: pending.length })}
            </Button>
          </Popconfirm>
        </Space>
      }
    >
      <Table<RecallLoan>
        size="small"
        rowKey="id"
        data-testid="recall-loans"
        dataSource={overview.loans}
        pagination={overview.loans.length > 50 ? { pageSize: 50, size: 'small' } : false}
        locale={{ emptyText: t('recall.noneOnLoan') }}
        onRow={() => ({ 'data-testid': 'recall-loan-row' }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            key: 'barcode',
            title: t('recall.columns.barcode'),
            render: (_, l) => <Link to={`/lending/copies/${l.copyId}`}>{l.barcode}</Link>,
          },
          {
            key: 'edition',
            title: t('recall.columns.edition'),
            render: (_, l) => t('recall.editionNumber', { number: l.editionNumber }),
          },
          {
            key: 'borrower',
            title: t('recall.columns.borrower'),
            render: (_, l) => <Link to={`/lending/borrowers/${l.borrowerId}`}>{l.borrowerName}</Link>,
          },
          { key: 'department', title: t('recall.columns.department'), render: (_, l) => l.department },
          { key: 'due', title: t('recall.columns.dueDate'), render: (_, l) => l.dueDate },
          {
            key: 'notice',
            title: t('recall.columns.notice'),
            render: (_, l) =>
              l.notice ? (
                <Tag color="green">
                  {t('recall.noticeSent', {
                    date: dayjs(l.notice.sentAt).format('YYYY-MM-DD'),
                    channel: t(l.notice.channel === 'letter' ? 'recall.channelLetter' : 'recall.channelText'),
                  })}
                </Tag>
              ) : (
                <Tag color="orange">{t('recall.noticePending')}</Tag>
              ),
          },
        ]}
      />
      {batches.length > 0 && (
        <div className="circulation-batches" data-testid="recall-batches">
          <Typography.Title level={5}>{t('recall.batches')}</Typography.Title>
          <Space direction="vertical">
            {batches.map((b) => (
              <BatchActions key={b.sentAt} sentAt={b.sentAt} count={b.count} />
            ))}
          </Space>
        </div>
      )}
    </Card>
  );
}

function OnShelf({ copies, current }: { copies: Copy[]; current?: number }) {
  const { t } = useTranslation(['circulation', 'lending', 'common']);
  const { message } = App.useApp();
  const writeContext = useCirculationContext();
  const takeOff = async () => {
    try {
      // The reason goes into each copy's history as the office reads it.
      const reason = current ? t('recall.takeOffReason', { current }) : t('recall.takeOffReasonNoCurrent');
      const count = await takeOffShelf(
        db,
        writeContext(),
        copies.map((c) => c.id),
        reason,
      );
      void message.success(t('recall.takenOff', { count }));
    } catch (error) {
      void message.error(circulationError(t, error));
    }
  };
  return (
    <Card
      title={t('recall.onShelf', { count: copies.length })}
      extra={
        <Popconfirm
          title={t('recall.takeOffConfirm', { count: copies.length })}
          okText={t('recall.takeOff')}
          okButtonProps={{ danger: true }}
          cancelText={t('common:actions.cancel')}
          onConfirm={takeOff}
          disabled={copies.length === 0}
        >
          <Button danger icon={<StopOutlined />} disabled={copies.length === 0}>
            {t('recall.takeOff')}
          </Button>
        </Popconfirm>
      }
    >
      <Table<Copy>
        size="small"
        rowKey="id"
        data-testid="recall-shelf"
        dataSource={copies}
        pagination={copies.length > 50 ? { pageSize: 50, size: 'small' } : false}
        locale={{ emptyText: t('recall.noneOnShelf') }}
        onRow={() => ({ 'data-testid': 'recall-shelf-row' }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            key: 'barcode',
            title: t('recall.columns.barcode'),
            render: (_, c) => <Link to={`/lending/copies/${c.id}`}>{c.barcode}</Link>,
          },
          {
            key: 'edition',
            title: t('recall.columns.edition'),
            render: (_, c) => t('recall.editionNumber', { number: c.editionNumber }),
          },
          { key: 'location', title: t('recall.columns.location'), render: (_, c) => c.location },
          {
            key: 'condition',
            title: t('recall.columns.condition'),
            render: (_, c) => t(`lending:condition.${c.condition}`),
          },
        ]}
      />
    </Card>
  );
}

/** 召回: after a new edition, call back every copy of the older ones and take those on the shelf off it. */
export function RecallPage() {
  const { t } = useTranslation(['circulation', 'common']);
  const [params, update] = useUrlQuery();
  const materialId = params.get('material') ?? undefined;
  const overview = useLiveQuery(
    async () => (materialId ? recallOverview(db, materialId) : null),
    [materialId],
  );

  let body;
  if (!materialId) body = <Empty description={t('recall.pickHint')} />;
  else if (overview === undefined) body = <Spin />;
  else if (overview === null) body = <Empty description={t('recall.materialMissing')} />;
  else if (overview.recalled.length === 0)
    body = (
      <Alert type="info" showIcon title={t('recall.nothingToRecall', { title: overview.material.title })} />
    );
  else
    body = (
      <>
        <Alert
          type="warning"
          showIcon
          data-testid="recall-summary"
          title={
            overview.current
              ? t('recall.summary', {
                  title: overview.material.title,
                  current: overview.current.number,
                  editions: overview.recalled.map((e) => e.number).join('、'),
                })
              : t('recall.summaryNoCurrent', {
                  title: overview.material.title,
                  editions: overview.recalled.map((e) => e.number).join('、'),
                })
          }
          description={t('recall.returnHint')}
        />
        <OnLoan overview={overview} />
        <OnShelf copies={overview.onShelf} current={overview.current?.number} />
      </>
    );

  return (
    <div className="page circulation-scroll-page">
      <div className="page-head">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('recall.title')}
        </Typography.Title>
        <Space>
          <label htmlFor="recall-material">{t('recall.material')}</label>
          <MaterialPicker
            id="recall-material"
            value={materialId}
            onChange={(id) => update({ material: id })}
            width={420}
          />
        </Space>
      </div>
      {body}
    </div>
  );
}
