import { BookOutlined, ReloadOutlined, UserOutlined, WarningOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Space, Spin, Statistic, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Loan } from '../../../../shared/domain/lending';
import { KNOWN_POSITIONS, type Person } from '../../../../shared/domain/person';
import { db } from '../../db';
import { renewLoan } from '../loans';
import { DeclareLostDialog } from './DeclareLostDialog';
import { deskErrorMessage, useLendingContext } from './desk-context';
import { daysOverdue } from '../../../../shared/domain/due-date';
import { formatFen } from '../../../../shared/domain/money';
import { readBorrowerSummary } from './queries';
import { ReserveDialog } from './ReserveDialog';

interface Props {
  borrower: Person;
  today: string;
  /** A dialog closed or an action finished: the desk puts the cursor back in the copy field. */
  onRefocus(): void;
}

type RenewOutcome = { dueDate: string } | { refusal: string };

/** Everything the desk needs to know about the borrower at the counter, and what can be done for them. */
export function BorrowerCard({ borrower, today, onRefocus }: Props) {
  const { t } = useTranslation(['desk', 'people', 'lending']);
  const { message } = App.useApp();
  const lendingContext = useLendingContext();
  const summary = useLiveQuery(() => readBorrowerSummary(db, borrower.id, today), [borrower.id, today]);
  const [renewed, setRenewed] = useState<Record<string, RenewOutcome>>({});
  const [losing, setLosing] = useState<Loan | null>(null);
  const [reserving, setReserving] = useState(false);

  const renew = async (loan: Loan) => {
    try {
      const next = await renewLoan(db, lendingContext(), loan.id);
      setRenewed((r) => ({ ...r, [loan.id]: { dueDate: next.dueDate } }));
    } catch (e) {
      setRenewed((r) => ({ ...r, [loan.id]: { refusal: deskErrorMessage(t, e) } }));
    }
    onRefocus();
  };

  const position = borrower.position
    ? (KNOWN_POSITIONS as readonly string[]).includes(borrower.position)
      ? t(`people:position.${borrower.position}`)
      : borrower.position
    : '';
  const charged = summary?.openCharges.reduce((sum, c) => sum + c.amount, 0) ?? 0;

  return (
    <Card
      className="desk-borrower"
      data-testid="desk-borrower-card"
      title={
        <Space size={8} wrap>
          <UserOutlined aria-hidden />
          <span className="desk-borrower-name">{borrower.name}</span>
          <Typography.Text type="secondary">{borrower.employeeNo}</Typography.Text>
          {borrower.status === 'left' && <Tag color="red">{t('people:status.left')}</Tag>}
        </Space>
      }
      extra={<Link to={`/lending/borrowers/${borrower.id}`}>{t('borrower.page')}</Link>}
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
        {[borrower.department, position].filter(Boolean).join(' · ')}
      </Typography.Paragraph>
      {!summary ? (
        <Spin />
      ) : (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <div className="desk-stats">
            <Statistic
              title={t('borrower.onLoan')}
              value={summary.openLoans.length}
              suffix={`/ ${summary.limit}`}
              styles={{
                content: { color: summary.openLoans.length >= summary.limit ? '#cf1322' : undefined },
              }}
            />
            <Statistic
              title={t('borrower.overdue')}
              value={summary.overdue}
              prefix={summary.overdue > 0 ? <WarningOutlined /> : undefined}
              styles={{ content: { color: summary.overdue > 0 ? '#cf1322' : undefined } }}
            />
            <Statistic
              title={t('borrower.charges')}
              value={formatFen(charged)}
              styles={{ content: { color: charged > 0 ? '#cf1322' : undefined } }}
            />
            <Statistic
              title={t('borrower.holdsReady')}
              value={summary.ready.length}
              styles={{ content: { color: summary.ready.length > 0 ? '#389e0d' : undefined } }}
            />
          </div>
          {summary.openCharges.length > 0 && (
            <Alert
              type="error"
              showIcon
              title={t('borrower.chargesOpen', {
                count: summary.openCharges.length,
                amount: formatFen(charged),
              })}
              action={<Link to="/lending/charges">{t('borrower.toCharges')}</Link>}
            />
          )}
          {summary.ready.map(({ hold, copy }) => (
            <Alert
              key={hold.id}
              type="success"
              showIcon
              icon={<BookOutlined />}
              data-testid="desk-hold-ready"
              title={t('borrower.holdReady', {
                title: copy?.title ?? '',
                barcode: copy?.barcode ?? '',
                date: hold.expiresOn ?? '',
              })}
            />
          ))}
          <div>
            <Typography.Title level={5}>
              {t('borrower.currentLoans', { count: summary.openLoans.length })}
            </Typography.Title>
            {summary.openLoans.length === 0 ? (
              <Typography.Text type="secondary">{t('borrower.noLoans')}</Typography.Text>
            ) : (
              <ul
                className="desk-current-loans"
                aria-label={t('borrower.currentLoans', { count: summary.openLoans.length })}
              >
                {summary.openLoans.map((loan) => {
                  const late = daysOverdue(loan.dueDate, today);
                  const outcome = renewed[loan.id];
                  return (
                    <li key={loan.id} data-testid="desk-current-loan">
                      <div className="desk-current-loan-main">
                        <Typography.Text strong ellipsis={{ tooltip: loan.title }}>
                          {loan.title}
                        </Typography.Text>
                        <Typography.Text type="secondary" className="desk-barcode">
                          {loan.barcode}
                        </Typography.Text>
                        <Typography.Text type={late > 0 ? 'danger' : undefined}>
                          {late > 0
                            ? t('borrower.dueLate', { date: loan.dueDate, days: late })
                            : t('borrower.due', { date: loan.dueDate })}
                        </Typography.Text>
                        {loan.renewals > 0 && (
                          <Typography.Text type="secondary">
                            {t('borrower.renewals', { count: loan.renewals })}
                          </Typography.Text>
                        )}
                      </div>
                      <Space size={4}>
                        <Button
                          size="small"
                          icon={<ReloadOutlined />}
                          aria-label={t('borrower.renewName', { barcode: loan.barcode })}
                          onClick={() => void renew(loan)}
                        >
                          {t('borrower.renew')}
                        </Button>
                        <Button
                          size="small"
                          danger
                          type="text"
                          aria-label={t('borrower.lostName', { barcode: loan.barcode })}
                          onClick={() => setLosing(loan)}
                        >
                          {t('borrower.lost')}
                        </Button>
                      </Space>
                      {outcome &&
                        ('dueDate' in outcome ? (
                          <Typography.Text type="success" role="status" className="desk-renewed">
                            {t('borrower.renewed', { date: outcome.dueDate })}
                          </Typography.Text>
                        ) : (
                          <Typography.Text type="danger" role="alert" className="desk-renewed">
                            {outcome.refusal}
                          </Typography.Text>
                        ))}
                    </li>
                  );
                })}
              </ul>
            )}
          </div>
          <Button icon={<BookOutlined />} onClick={() => setReserving(true)}>
            {t('reserve.open')}
          </Button>
        </Space>
      )}
      {losing && (
        <DeclareLostDialog
          loan={losing}
          onCancel={() => {
            setLosing(null);
            onRefocus();
          }}
          onDone={(amount) => {
            void message.warning(t('lost.done', { barcode: losing.barcode, amount: formatFen(amount) }));
            setLosing(null);
            onRefocus();
          }}
        />
      )}
      {reserving && (
        <ReserveDialog
          borrower={borrower}
          onCancel={() => {
            setReserving(false);
            onRefocus();
          }}
          onDone={(title, position) => {
            void message.success(t('reserve.done', { title, name: borrower.name, position }));
            setReserving(false);
            onRefocus();
          }}
        />
      )}
    </Card>
  );
}
