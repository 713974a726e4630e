import { Card, Statistic, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localDate } from '../../../../shared/domain/record';
import { db } from '../../db';
import { readLendingOverview } from './queries';
import './overdue.css';

interface Figure {
  key: 'onLoan' | 'overdue' | 'dueSoon' | 'holdsWaiting';
  to: string;
  value: number | undefined;
  danger?: boolean;
  note?: ReactNode;
}

/**
 * The lending figures for a dashboard: on loan, overdue, due this week, holds waiting; each leads to
 * its list. Kept up to date as loans and holds change.
 */
export function LendingTile({ title }: { title?: ReactNode }) {
  const { t } = useTranslation('overdue');
  const today = localDate(new Date());
  const figures = useLiveQuery(() => readLendingOverview(db, today), [today]);
  const items: Figure[] = [
    { key: 'onLoan', to: '/lending/overdue?view=onLoan', value: figures?.onLoan },
    { key: 'overdue', to: '/lending/overdue', value: figures?.overdue, danger: (figures?.overdue ?? 0) > 0 },
    {
      key: 'dueSoon',
      to: '/lending/overdue?view=dueSoon',
      value: figures?.dueSoon,
      note: t('overview.dueSoonHint'),
    },
    {
      key: 'holdsWaiting',
      to: '/lending/holds',
      value: figures?.holdsWaiting,
      note: figures?.holdsReady ? t('overview.holdsReady', { count: figures.holdsReady }) : undefined,
    },
  ];
  return (
    <Card title={title ?? t('overview.tileTitle')} data-testid="lending-tile">
      <div className="lending-figures">
        {items.map((item) => (
          <Link
            key={item.key}
            to={item.to}
            className="lending-figure"
            data-testid={`lending-figure-${item.key}`}
          >
            <Statistic
              title={t(`overview.${item.key}`)}
              value={item.value ?? 0}
              loading={figures === undefined}
              styles={{ content: item.danger ? { color: '#cf1322' } : undefined }}
            />
            {item.note && (
              <Typography.Text type="secondary" className="lending-figure-note">
                {item.note}
              </Typography.Text>
            )}
          </Link>
        ))}
      </div>
    </Card>
  );
}
