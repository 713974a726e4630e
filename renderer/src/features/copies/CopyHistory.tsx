import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CopyEvent, Loan } from '../../../../shared/domain/lending';
import { localDate } from '../../../../shared/domain/record';
import { db } from '../../db';
import { usePagedList, VirtualTable, type VirtualColumn } from '../shared-ui';
import { fetchCopyEventsPage, fetchCopyLoansPage, type HistoryCursor } from './queries';

const when = (at: number) => dayjs(at).format('YYYY-MM-DD HH:mm');

/** Tall enough for the rows there are (a new copy has one or two), up to seven before it scrolls. */
const tableHeight = (rows: number) => (rows === 0 ? 200 : 46 + Math.min(rows, 7) * 48 + 2);

/** Detail values that are status or condition keys, shown in the user's words. */
function detailValue(t: TFunction, key: string, value: string | number | boolean): string {
  if (key === 'edition') return t('edition', { number: value });
  if (typeof value === 'boolean') return t(value ? 'history.yes' : 'history.no');
  const text = String(value);
  const translate = (part: string) =>
    key === 'from' || key === 'status'
      ? t(`lending:copyStatus.${part}`, { defaultValue: part })
      : key === 'condition'
        ? t(`lending:condition.${part}`, { defaultValue: part })
        : part;
  return text.split(' → ').map(translate).join(' → ');
}

export function eventDetail(t: TFunction, event: CopyEvent): string {
  return Object.entries(event.detail ?? {})
    .map(([key, value]) =>
      t('history.pair', {
        key: t(`history.detail.${key}`, { defaultValue: key }),
        value: detailValue(t, key, value),
      }),
    )
    .join(t('history.separator'));
}

function Borrower({ id, name }: { id?: string; name?: string }) {
  if (!id) return null;
  return <Link to={`/lending/borrowers/${id}`}>{name || id}</Link>;
}

function loanState(loan: Loan, today: string): { key: string; color?: string } {
  if (loan.lostAt !== undefined) return { key: 'lost', color: 'red' };
  if (loan.open === 0) return { key: 'returned' };
  return loan.dueDate < today ? { key: 'overdue', color: 'red' } : { key: 'out', color: 'blue' };
}

/** Every loan of the copy, newest first, paged from `[copyId+outAt]`. */
export function CopyLoans({ copyId }: { copyId: string }) {
  const { t } = useTranslation(['copies', 'lending']);
  const today = localDate(new Date());
  const list = usePagedList<Loan, HistoryCursor>(
    `loans:${copyId}`,
    (after, limit) => fetchCopyLoansPage(db, copyId, after, limit),
    ['loans'],
  );
  const columns: VirtualColumn<Loan>[] = [
    {
      key: 'borrower',
      header: t('history.borrower'),
      width: '1.3fr',
      render: (l) => <Borrower id={l.borrowerId} name={l.borrowerName} />,
    },
    { key: 'department', header: t('history.department'), width: '1.2fr', render: (l) => l.department },
    { key: 'out', header: t('history.outAt'), width: '1.3fr', render: (l) => when(l.outAt) },
    { key: 'due', header: t('history.dueDate'), width: '1fr', render: (l) => l.dueDate },
    {
      key: 'returned',
      header: t('history.returnedAt'),
      width: '1.3fr',
      render: (l) => (l.returnedAt ? when(l.returnedAt) : l.lostAt ? when(l.lostAt) : ''),
    },
    { key: 'renewals', header: t('history.renewals'), width: '0.7fr', render: (l) => l.renewals },
    {
      key: 'state',
      header: t('history.state'),
      width: '0.8fr',
      render: (l) => {
        const state = loanState(l, today);
        return <Tag color={state.color}>{t(`history.loanState.${state.key}`)}</Tag>;
      },
    },
  ];
  return (
    <div className="copy-history-table" style={{ height: tableHeight(list.rows.length) }}>
      <VirtualTable
        rowKey={(l) => l.id}
        rows={list.rows}
        columns={columns}
        loading={list.loading}
        hasMore={list.hasMore}
        onLoadMore={() => void list.loadMore()}
        testId="copy-loans"
        emptyText={t('history.noLoans')}
      />
    </div>
  );
}

/** Everything that happened to the copy, newest first, paged from `[copyId+at]`. */
export function CopyEvents({ copyId }: { copyId: string }) {
  const { t } = useTranslation(['copies', 'lending']);
  const list = usePagedList<CopyEvent, HistoryCursor>(
    `events:${copyId}`,
    (after, limit) => fetchCopyEventsPage(db, copyId, after, limit),
    ['copyEvents'],
  );
  const columns: VirtualColumn<CopyEvent>[] = [
    { key: 'at', header: t('history.at'), width: '1.1fr', render: (e) => when(e.at) },
    {
      key: 'kind',
      header: t('history.kind'),
      width: '1fr',
      render: (e) => <Tag>{t(`events.${e.kind}`)}</Tag>,
    },
    {
      key: 'borrower',
      header: t('history.borrower'),
      width: '1fr',
      render: (e) => <Borrower id={e.borrowerId} name={e.borrowerName} />,
    },
    {
      key: 'detail',
      header: t('history.detailColumn'),
      width: '3fr',
      cellTitle: (e) => eventDetail(t, e),
      render: (e) => eventDetail(t, e),
    },
    { key: 'actor', header: t('history.actor'), width: '0.9fr', render: (e) => e.actor },
  ];
  return (
    <div className="copy-history-table" style={{ height: tableHeight(list.rows.length) }}>
      <VirtualTable
        rowKey={(e) => e.id}
        rows={list.rows}
        columns={columns}
        loading={list.loading}
        hasMore={list.hasMore}
        onLoadMore={() => void list.loadMore()}
        testId="copy-events"
        emptyText={t('history.noEvents')}
      />
    </div>
  );
}
