import { ArrowLeftOutlined, PlusOutlined, UserOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Popconfirm, Space, Spin, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { formatFen } from '../../../../shared/domain/money';
import { daysOverdue } from '../../../../shared/domain/due-date';
import type { Charge, Loan } from '../../../../shared/domain/lending';
import type { Person } from '../../../../shared/domain/person';
import { localDate } from '../../../../shared/domain/record';
import { NotFound } from '../../app/NotFound';
import { db } from '../../db';
import { cancelHold, renewLoan } from '../loans';
import { positionLabel } from '../people/labels';
import { usePagedList, VirtualTable, type VirtualColumn } from '../shared-ui';
import {
  borrowerCharges,
  borrowerHolds,
  currentLoans,
  loanHistoryPage,
  type BorrowerHold,
} from './borrower-queries';
import { ChargeActions, useChargeDialogs } from './ChargeActions';
import { circulationError, useCirculationContext } from './context';
import { DeclareLostDialog } from './DeclareLostDialog';
import type { KeysetCursor } from './keyset';
import { PlaceHoldDialog } from './PlaceHoldDialog';
import { ChargeStatusTag, HoldStatusTag } from './tags';
import './circulation.css';

const when = (ms: number | undefined) => (ms === undefined ? '' : dayjs(ms).format('YYYY-MM-DD'));

/** The copies the borrower has now: due date, days overdue in red, renew or declare lost. */
function CurrentLoans({ borrowerId }: { borrowerId: string }) {
  const { t } = useTranslation(['circulation', 'common']);
  const { message } = App.useApp();
  const writeContext = useCirculationContext();
  const loans = useLiveQuery(() => currentLoans(db, borrowerId), [borrowerId]);
  const [losing, setLosing] = useState<Loan | null>(null);
  const today = localDate(new Date());

  const renew = async (loan: Loan) => {
    try {
      const renewed = await renewLoan(db, writeContext(), loan.id);
      void message.success(t('borrower.renewed', { title: loan.title, dueDate: renewed.dueDate }));
    } catch (error) {
      void message.error(circulationError(t, error));
    }
  };

  return (
    <Card
      title={t('borrower.currentLoans', { count: loans?.length ?? 0 })}
      data-testid="borrower-current-loans"
    >
      <Table<Loan>
        size="small"
        rowKey="id"
        loading={loans === undefined}
        dataSource={loans}
        pagination={false}
        locale={{ emptyText: t('borrower.noLoans') }}
        onRow={() => ({ 'data-testid': 'current-loan-row' }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { key: 'title', title: t('borrower.columns.title'), render: (_, l) => l.title },
          {
            key: 'barcode',
            title: t('borrower.columns.barcode'),
            render: (_, l) => <Link to={`/lending/copies/${l.copyId}`}>{l.barcode}</Link>,
          },
          { key: 'out', title: t('borrower.columns.outAt'), render: (_, l) => when(l.outAt) },
          { key: 'due', title: t('borrower.columns.dueDate'), render: (_, l) => l.dueDate },
          {
            key: 'overdue',
            title: t('borrower.columns.overdue'),
            render: (_, l) => {
              const days = daysOverdue(l.dueDate, today);
              return days > 0 ? (
                <Typography.Text type="danger" strong data-testid="overdue-days">
                  {t('borrower.daysOverdue', { count: days })}
                </Typography.Text>
              ) : null;
            },
          },
          { key: 'renewals', title: t('borrower.columns.renewals'), render: (_, l) => l.renewals },
          {
            key: 'actions',
            title: t('borrower.columns.actions'),
            render: (_, l) => (
              <Space size={4}>
                <Button size="small" onClick={() => void renew(l)}>
                  {t('borrower.renew')}
                </Button>
                <Button size="small" danger onClick={() => setLosing(l)}>
                  {t('borrower.declareLost')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {losing && (
        <DeclareLostDialog
          loan={losing}
          onCancel={() => setLosing(null)}
          onDone={() => {
            void message.success(t('borrower.declaredLost', { title: losing.title }));
            setLosing(null);
          }}
        />
      )}
    </Card>
  );
}

/** Past loans, newest first, read a page at a time: a borrower may have hundreds. */
function LoanHistory({ borrowerId }: { borrowerId: string }) {
  const { t } = useTranslation('circulation');
  const list = usePagedList<Loan, KeysetCursor>(
    borrowerId,
    (after, limit) => loanHistoryPage(db, borrowerId, after, limit),
    ['loans'],
  );
  const columns: VirtualColumn<Loan>[] = [
    {
      key: 'title',
      header: t('borrower.columns.title'),
      width: '2fr',
      cellTitle: (l) => l.title,
      // The test id marks each row for the page models (the shared table has no row test id).
      render: (l) => <span data-testid="loan-history-row">{l.title}</span>,
    },
    {
      key: 'barcode',
      header: t('borrower.columns.barcode'),
      width: '1fr',
      render: (l) => <Link to={`/lending/copies/${l.copyId}`}>{l.barcode}</Link>,
    },
    {
      key: 'out',
      header: t('borrower.columns.outAt'),
      width: '1fr',
      sort: 'descending',
      render: (l) => when(l.outAt),
    },
    { key: 'due', header: t('borrower.columns.dueDate'), width: '1fr', render: (l) => l.dueDate },
    {
      key: 'back',
      header: t('borrower.columns.returnedAt'),
      width: '1.2fr',
      render: (l) =>
        l.lostAt !== undefined ? (
          <Tag color="red">{t('borrower.lostOn', { date: when(l.lostAt) })}</Tag>
        ) : (
          <span>
            {when(l.returnedAt)}
            {l.returnedAt !== undefined && localDate(new Date(l.returnedAt)) > l.dueDate && (
              <Tag color="orange" style={{ marginInlineStart: 8 }}>
                {t('borrower.late')}
              </Tag>
            )}
          </span>
        ),
    },
  ];
  return (
    <Card title={t('borrower.history')} className="circulation-history-card">
      <VirtualTable
        rowKey={(l) => l.id}
        rows={list.rows}
        columns={columns}
        loading={list.loading}
        hasMore={list.hasMore}
        onLoadMore={() => void list.loadMore()}
        testId="borrower-loan-history"
        emptyText={t('borrower.noHistory')}
        rowHeight={40}
      />
    </Card>
  );
}

function Holds({ borrowerId, canHold }: { borrowerId: string; canHold: boolean }) {
  const { t } = useTranslation(['circulation', 'common']);
  const { message } = App.useApp();
  const writeContext = useCirculationContext();
  const holds = useLiveQuery(() => borrowerHolds(db, borrowerId), [borrowerId]);
  const [placing, setPlacing] = useState(false);
  const cancel = async (hold: BorrowerHold) => {
    try {
      await cancelHold(db, writeContext(), hold.id);
      void message.success(t('holds.cancelled', { title: hold.materialTitle }));
    } catch (error) {
      void message.error(circulationError(t, error));
    }
  };
  return (
    <Card
      title={t('borrower.holds')}
      extra={
        canHold && (
          <Button icon={<PlusOutlined />} onClick={() => setPlacing(true)}>
            {t('holds.place')}
          </Button>
        )
      }
      data-testid="borrower-holds"
    >
      <Table<BorrowerHold>
        size="small"
        rowKey="id"
        loading={holds === undefined}
        dataSource={holds}
        pagination={holds && holds.length > 10 ? { pageSize: 10, size: 'small' } : false}
        locale={{ emptyText: t('borrower.noHolds') }}
        columns={[
          {
            key: 'title',
            title: t('holds.columns.material'),
            render: (_, h) => (
              <span>
                {h.materialTitle}
                {h.copyId && h.barcode && <Typography.Text type="secondary">（{h.barcode}）</Typography.Text>}
              </span>
            ),
          },
          { key: 'placed', title: t('holds.columns.placedAt'), render: (_, h) => when(h.placedAt) },
          {
            key: 'status',
            title: t('holds.columns.status'),
            render: (_, h) => (
              <span>
                <HoldStatusTag status={h.status} />
                {h.status === 'ready' && h.expiresOn && (
                  <Typography.Text type="secondary">
                    {t('holds.waitsUntil', { date: h.expiresOn, barcode: h.barcode ?? '' })}
                  </Typography.Text>
                )}
              </span>
            ),
          },
          {
            key: 'actions',
            title: t('holds.columns.actions'),
            render: (_, h) =>
              (h.status === 'waiting' || h.status === 'ready') && (
                <Popconfirm
                  title={t('holds.cancelConfirm', { title: h.materialTitle })}
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
      {placing && (
        <PlaceHoldDialog
          borrowerId={borrowerId}
          onCancel={() => setPlacing(false)}
          onDone={(title) => {
            setPlacing(false);
            void message.success(t('holds.placed', { title }));
          }}
        />
      )}
    </Card>
  );
}

function Charges({ borrowerId }: { borrowerId: string }) {
  const { t } = useTranslation(['circulation', 'lending']);
  const charges = useLiveQuery(() => borrowerCharges(db, borrowerId), [borrowerId]);
  const { start, dialogs } = useChargeDialogs();
  const open = (charges ?? []).filter((c) => c.status === 'open');
  return (
    <Card
      title={t('borrower.charges')}
      extra={
        open.length > 0 && (
          <Typography.Text type="danger">
            {t('borrower.openCharges', {
              count: open.length,
              amount: formatFen(open.reduce((sum, c) => sum + c.amount, 0)),
            })}
          </Typography.Text>
        )
      }
      data-testid="borrower-charges"
    >
      <Table<Charge>
        size="small"
        rowKey="id"
        loading={charges === undefined}
        dataSource={charges}
        pagination={charges && charges.length > 10 ? { pageSize: 10, size: 'small' } : false}
        locale={{ emptyText: t('borrower.noCharges') }}
        columns={[
          { key: 'date', title: t('charges.columns.date'), render: (_, c) => when(c.createdAt) },
          {
            key: 'copy',
            title: t('charges.columns.copy'),
            render: (_, c) => `${c.title}（${c.barcode}）`,
          },
          {
            key: 'reason',
            title: t('charges.columns.reason'),
            render: (_, c) => t(`lending:chargeReason.${c.reason}`),
          },
          { key: 'amount', title: t('charges.columns.amount'), render: (_, c) => formatFen(c.amount) },
          {
            key: 'status',
            title: t('charges.columns.status'),
            render: (_, c) => (
              <span>
                <ChargeStatusTag status={c.status} />
                <Typography.Text type="secondary">{c.receiptNo ?? c.statusNote}</Typography.Text>
              </span>
            ),
          },
          {
            key: 'actions',
            title: t('charges.columns.actions'),
            render: (_, c) => <ChargeActions charge={c} onAction={(action) => start(c, action)} />,
          },
        ]}
      />
      {dialogs}
    </Card>
  );
}

/** 借阅记录: a borrower's page with the person, what they have now, their history, holds and charges. */
export function BorrowerPage() {
  const { personId = '' } = useParams();
  const person = useLiveQuery(async () => (await db.people.get(personId)) ?? null, [personId]);
  if (person === null) return <NotFound />;
  // The cards need only the id: they read alongside the person instead of after it.
  return (
    <div className="page circulation-scroll-page">
      {person === undefined ? <Spin /> : <BorrowerHead person={person} />}
      <CurrentLoans borrowerId={personId} />
      <Charges borrowerId={personId} />
      <Holds
        borrowerId={personId}
        canHold={person !== undefined && person.status === 'active' && person.deletedAt === undefined}
      />
      <LoanHistory borrowerId={personId} />
    </div>
  );
}

/** Who the borrower is: name, status and the registry's facts, with a way back to their record. */
function BorrowerHead({ person }: { person: Person }) {
  const { t } = useTranslation(['circulation', 'people', 'common']);
  const navigate = useNavigate();
  const none = <Typography.Text type="secondary">{t('borrower.none')}</Typography.Text>;
  return (
    <>
      <div className="page-head">
        <Space align="center" wrap>
          <Button
            icon={<ArrowLeftOutlined />}
            onClick={() => navigate(-1)}
            aria-label={t('common:actions.back')}
          />
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('borrower.title', { name: person.name })}
          </Typography.Title>
          <Tag color={person.status === 'active' ? 'green' : 'default'}>
            {t(`people:status.${person.status}`)}
          </Tag>
          {person.deletedAt !== undefined && <Tag color="red">{t('borrower.deleted')}</Tag>}
        </Space>
        <Button icon={<UserOutlined />} onClick={() => navigate(`/people/${person.id}`)}>
          {t('borrower.personRecord')}
        </Button>
      </div>
      <Card size="small">
        <Descriptions column={4} size="small">
          <Descriptions.Item label={t('people:fields.employeeNo')}>
            {person.employeeNo || none}
          </Descriptions.Item>
          <Descriptions.Item label={t('people:fields.department')}>
            {person.department || none}
          </Descriptions.Item>
          <Descriptions.Item label={t('people:fields.position')}>
            {positionLabel(t, person.position) || none}
          </Descriptions.Item>
          <Descriptions.Item label={t('borrower.status')}>
            {t(`people:status.${person.status}`)}
          </Descriptions.Item>
        </Descriptions>
      </Card>
    </>
  );
}
