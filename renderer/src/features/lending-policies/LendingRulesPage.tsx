import { Spin, Tabs, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { db } from '../../db';
import { readLendingConfig } from '../loans';
import { useUrlQuery } from '../materials';
import { DepartmentManagers } from './DepartmentManagers';
import { LendingSettingsForm } from './LendingSettingsForm';
import { NoticeTemplates } from './NoticeTemplates';
import { OfficeCalendar } from './OfficeCalendar';
import { PolicyMatrix } from './PolicyMatrix';
import './lending-policies.css';

const TABS = ['matrix', 'calendar', 'reminders', 'managers', 'templates'] as const;
type Tab = (typeof TABS)[number];

/** 借阅规则: the rules matrix, the office calendar, reminders and charges, managers and notice templates. */
export function LendingRulesPage() {
  const { t } = useTranslation('overdue');
  const [params, update] = useUrlQuery();
  const config = useLiveQuery(() => readLendingConfig(db), []);
  const tab = (TABS as readonly string[]).includes(params.get('tab') ?? '')
    ? (params.get('tab') as Tab)
    : 'matrix';

  const body = (key: Tab) => {
    if (key === 'matrix') return <PolicyMatrix />;
    if (!config) return <Spin />;
    if (key === 'calendar') return <OfficeCalendar config={config} />;
    if (key === 'reminders') return <LendingSettingsForm config={config} />;
    if (key === 'managers') return <DepartmentManagers config={config} />;
    return <NoticeTemplates config={config} />;
  };

  return (
    <div className="page">
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('rules.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('rules.subtitle')}</Typography.Text>
      </div>
      <Tabs
        activeKey={tab}
        onChange={(key) => update({ tab: key === 'matrix' ? undefined : key })}
        destroyOnHidden
        items={TABS.map((key) => ({ key, label: t(`rules.tabs.${key}`), children: body(key) }))}
      />
    </div>
  );
}
