import { HistoryOutlined, MailOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Checkbox,
  Input,
  InputNumber,
  Segmented,
  Select,
  Space,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { defaultLendingConfig } from '../../../../shared/domain/lending';
import { localDate } from '../../../../shared/domain/record';
import { db } from '../../db';
import { readLendingConfig } from '../loans';
import { useUrlQuery } from '../materials';
import { usePagedList, VirtualTable, type VirtualColumn } from '../shared-ui';
import { GenerateRemindersDialog } from './GenerateRemindersDialog';
import { noticeLine, STAGE_COLOURS } from './labels';
import {
  departmentsWithLoans,
  fetchOverduePage,
  loansDueANotice,
  LOAN_VIEWS,
  readLendingOverview,
  type LoanView,
  type OverdueQuery,
  type OverdueRow,
} from './queries';
import './overdue.css';

/** 逾期与催还: open loans past their due date, oldest first, with the notices sent and the one due now. */
export function OverduePage() {
  const { t } = useTranslation(['overdue', 'lending', 'common']);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [params, update] = useUrlQuery();
  const [borrowerText, setBorrowerText] = useState(params.get('borrower') ?? '');
  const borrower = useDeferredValue(borrowerText);
  const today = localDate(new Date());
  const view = (LOAN_VIEWS as readonly string[]).includes(params.get('view') ?? '')
    ? (params.get('view') as LoanView)
    : 'overdue';
  const minDays = Number(params.get('minDays')) || undefined;
  const query: OverdueQuery = {
    view,
    today,
    department: params.get('department') ?? undefined,
    minDays: view === 'overdue' ? minDays : undefined,
    borrower: borrower.trim() || undefined,
  };
  const config = useLiveQuery(() => readLendingConfig(db), []);
  const reminderDays = (config ?? defaultLendingConfig()).reminderDays;
  const queryKey = JSON.stringify({ query, reminderDays });
  const list = usePagedList(
    queryKey,
    (after, limit) => fetchOverduePage(db, query, reminderDays, after, limit),
    ['loans', 'notices', 'lendingConfig'],
  );
  const overview = useLiveQuery(() => readLendingOverview(db, today), [today]);
  const departments = useLiveQuery(() => departmentsWithLoans(db), []) ?? [];
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [generating, setGenerating] = useState<string[] | null>(null);
  const [findingDue, setFindingDue] = useState(false);

  const shownIds = useMemo(() => list.rows.map((r) => r.loan.id), [list.rows]);
  const allShownSelected = shownIds.length > 0 && shownIds.every((id) => selected.has(id));

  const toggle = (id: string, on: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const selectDue = async () => {
    setFindingDue(true);
    try {
      const due = await loansDueANotice(db, query, reminderDays);
      if (due.length === 0) void message.info(t('list.noneDue'));
      setSelected(new Set(due));
    } finally {
      setFindingDue(false);
    }
  };

  const columns: VirtualColumn<OverdueRow>[] = [
    {
      key: 'select',
      header: (
        <Checkbox
          aria-label={t('list.selectAllLoaded')}
          checked={allShownSelected}
          indeterminate={!allShownSelected && shownIds.some((id) => selected.has(id))}
          onChange={(e) =>
            setSelected((prev) => {
              const next = new Set(prev);
              for (const id of shownIds) {
                if (e.target.checked) next.add(id);
                else next.delete(id);
              }
              return next;
            })
          }
        />
      ),
      width: '36px',
      render: (r) => (
        <Checkbox
          aria-label={t('list.selectRow', { title: r.loan.title, borrower: r.loan.borrowerName })}
          checked={selected.has(r.loan.id)}
          onChange={(e) => toggle(r.loan.id, e.target.checked)}
        />
      ),
    },
    {
      key: 'borrower',
      header: t('list.columns.borrower'),
      width: '0.8fr',
      render: (r) => <Link to={`/lending/borrowers/${r.loan.borrowerId}`}>{r.loan.borrowerName}</Link>,
    },
    {
      key: 'department',
      header: t('list.columns.department'),
      width: '1fr',
      render: (r) => r.loan.department,
    },
    {
      key: 'title',
      header: t('list.columns.title'),
      width: '1.5fr',
      render: (r) => r.loan.title,
      cellTitle: (r) => r.loan.title,
    },
    { key: 'barcode', header: t('list.columns.barcode'), width: '1fr', render: (r) => r.loan.barcode },
    {
      key: 'dueDate',
      header: t('list.columns.dueDate'),
      width: '0.9fr',
      sort: 'ascending',
      render: (r) => r.loan.dueDate,
    },
    {
      key: 'daysOverdue',
      header: t('list.columns.daysOverdue'),
      width: '1fr',
      render: (r) =>
        r.daysOverdue > 0 ? (
          <Typography.Text type={r.daysOverdue >= reminderDays.final ? 'danger' : undefined} strong>
            {t('list.days', { count: r.daysOverdue })}
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary">{t('list.notOverdue')}</Typography.Text>
        ),
    },
    {
      key: 'lastNotice',
      header: t('list.columns.lastNotice'),
      width: '1.7fr',
      render: (r) => {
        const last = r.notices[r.notices.length - 1];
        if (!last) return <Typography.Text type="secondary">{t('list.noNotice')}</Typography.Text>;
        return (
          <Tooltip
            title={
              <div>
                <div>{t('list.noticeHistory')}</div>
                {r.notices.map((n) => (
                  <div key={n.id}>{noticeLine(t, n, true)}</div>
                ))}
              </div>
            }
          >
            <span data-testid="last-notice">{noticeLine(t, last)}</span>
          </Tooltip>
        );
      },
    },
    {
      key: 'nextNotice',
      header: t('list.columns.nextNotice'),
      width: '1.1fr',
      render: (r) =>
        r.dueStage ? (
          <Tag color={STAGE_COLOURS[r.dueStage]}>{t(`lending:noticeStage.${r.dueStage}`)}</Tag>
        ) : (
          '—'
        ),
    },
  ];

  return (
    <div className="page">
      <div className="page-head">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('list.title')}
          </Typography.Title>
          <Typography.Text type="secondary" data-testid="overdue-summary">
            {t('list.summary', { count: overview?.overdue ?? 0 })}
          </Typography.Text>
        </div>
        <Space wrap>
          <Button icon={<HistoryOutlined />} onClick={() => navigate('/lending/overdue/notices')}>
            {t('list.log')}
          </Button>
          <Button loading={findingDue} onClick={() => void selectDue()}>
            {t('list.selectDue')}
          </Button>
          <Button
            type="primary"
            icon={<MailOutlined />}
            disabled={selected.size === 0}
            onClick={() => setGenerating([...selected])}
          >
            {t('list.generate')}
          </Button>
        </Space>
      </div>
      <Space wrap className="overdue-toolbar">
        <Segmented<LoanView>
          aria-label={t('list.view')}
          value={view}
          onChange={(v) => update({ view: v === 'overdue' ? undefined : v })}
          options={LOAN_VIEWS.map((v) => ({ value: v, label: t(`list.views.${v}`) }))}
        />
        <Select
          aria-label={t('list.department')}
          placeholder={t('list.department')}
          allowClear
          style={{ width: 180 }}
          value={query.department}
          onChange={(v?: string) => update({ department: v })}
          options={departments.map((d) => ({ value: d, label: d }))}
        />
        {view === 'overdue' && (
          <InputNumber
            aria-label={t('list.minDays')}
            placeholder={t('list.minDays')}
            min={1}
            precision={0}
            style={{ width: 170 }}
            value={minDays ?? null}
            onChange={(v) => update({ minDays: v ? String(v) : undefined })}
          />
        )}
        <Input.Search
          allowClear
          aria-label={t('list.borrower')}
          placeholder={t('list.borrower')}
          style={{ width: 200 }}
          value={borrowerText}
          onChange={(e) => {
            setBorrowerText(e.target.value);
            update({ borrower: e.target.value });
          }}
        />
        {selected.size > 0 && (
          <Space>
            <Typography.Text data-testid="overdue-selected">
              {t('list.selected', { count: selected.size })}
            </Typography.Text>
            <Button size="small" type="link" onClick={() => setSelected(new Set())}>
              {t('list.clearSelection')}
            </Button>
          </Space>
        )}
      </Space>
      <VirtualTable
        rowKey={(r) => r.loan.id}
        rows={list.rows}
        columns={columns}
        loading={list.loading}
        hasMore={list.hasMore}
        onLoadMore={() => void list.loadMore()}
        testId="overdue-row"
        emptyText={t('list.empty')}
      />
      {generating && (
        <GenerateRemindersDialog
          loanIds={generating}
          today={today}
          onClose={(sent) => {
            setGenerating(null);
            if (sent) setSelected(new Set());
          }}
        />
      )}
    </div>
  );
}
