import {
  BarcodeOutlined,
  BookOutlined,
  ClockCircleOutlined,
  HistoryOutlined,
  InboxOutlined,
  SettingOutlined,
} from '@ant-design/icons';
import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LendingTile } from './LendingTile';
import './overdue.css';

const LINKS: { key: string; to: string; icon: ReactNode }[] = [
  { key: 'desk', to: '/lending/desk', icon: <BarcodeOutlined /> },
  { key: 'copies', to: '/lending/copies', icon: <BookOutlined /> },
  { key: 'overdue', to: '/lending/overdue', icon: <ClockCircleOutlined /> },
  { key: 'holds', to: '/lending/holds', icon: <InboxOutlined /> },
  { key: 'rules', to: '/lending/rules', icon: <SettingOutlined /> },
  { key: 'log', to: '/lending/overdue/notices', icon: <HistoryOutlined /> },
];

/** 借阅概览: the lending figures and the way to every lending screen. */
export function LendingOverviewPage() {
  const { t } = useTranslation('overdue');
  return (
    <div className="page">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('overview.title')}
      </Typography.Title>
      <LendingTile />
      <Card title={t('overview.quickLinks')}>
        <nav className="lending-links" aria-label={t('overview.quickLinks')}>
          {LINKS.map((link) => (
            <Link key={link.key} to={link.to} className="lending-link">
              <span className="lending-link-icon">{link.icon}</span>
              {t(`overview.links.${link.key}`)}
            </Link>
          ))}
        </nav>
      </Card>
    </div>
  );
}
