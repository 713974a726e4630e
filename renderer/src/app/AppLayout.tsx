import {
  BarcodeOutlined,
  BookOutlined,
  FileDoneOutlined,
  FolderOpenOutlined,
  QuestionCircleOutlined,
  ReadOutlined,
  SettingOutlined,
  SolutionOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Layout, Menu, Radio, Typography } from 'antd';
import { ErrorBoundary } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { LANGUAGES, type Language } from '../../../shared/contract';
// The hook alone, not the backup feature's index: its screens load with Settings, not at start.
import { useAutoBackup } from '../features/backup/use-auto-backup';
import { ErrorFallback } from './ErrorFallback';
import { useSession } from './session';

const NAV = [
  { key: '/people', icon: <TeamOutlined />, label: 'nav.people' },
  { key: '/courses', icon: <ReadOutlined />, label: 'nav.courses' },
  { key: '/materials', icon: <BookOutlined />, label: 'nav.materials' },
  { key: '/questions', icon: <QuestionCircleOutlined />, label: 'nav.questions' },
  { key: '/tests', icon: <FileDoneOutlined />, label: 'nav.tests' },
  { key: '/attempts', icon: <SolutionOutlined />, label: 'nav.attempts' },
  { key: '/cases', icon: <FolderOpenOutlined />, label: 'nav.cases' },
  {
    key: '/lending',
    icon: <BarcodeOutlined />,
    label: 'nav.lending',
    children: [
      { key: '/lending', label: 'nav.lendingOverview' },
      { key: '/lending/desk', label: 'nav.desk' },
      { key: '/lending/copies', label: 'nav.copies' },
      { key: '/lending/overdue', label: 'nav.overdue' },
      { key: '/lending/holds', label: 'nav.holds' },
      { key: '/lending/charges', label: 'nav.charges' },
      { key: '/lending/recall', label: 'nav.recall' },
      { key: '/lending/stocktake', label: 'nav.stocktake' },
      { key: '/lending/rules', label: 'nav.lendingPolicies' },
    ],
  },
  { key: '/settings', icon: <SettingOutlined />, label: 'nav.settings' },
] as const;

const NAV_KEYS: string[] = NAV.flatMap((item) =>
  'children' in item ? item.children.map((child) => child.key) : [item.key],
);

/** The menu entry of a path: the longest key it starts with (`/lending/desk` before `/lending`). */
function selectedKey(pathname: string): string {
  const matches = NAV_KEYS.filter((key) => pathname === key || pathname.startsWith(`${key}/`));
  return matches.sort((a, b) => b.length - a.length)[0] ?? '/people';
}

export function AppLayout() {
  const { t } = useTranslation();
  const { language, setLanguage } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  useAutoBackup();
  const selected = selectedKey(location.pathname);

  return (
    <Layout className="app-shell">
      <Layout.Sider width={208} theme="light" className="app-sider">
        <div className="app-brand">TrainDesk</div>
        <nav aria-label={t('nav.label')}>
          <Menu
            mode="inline"
            selectedKeys={[selected]}
            defaultOpenKeys={selected.startsWith('/lending') ? ['lending'] : []}
            items={NAV.map((item) =>
              'children' in item
                ? {
                    key: 'lending',
                    icon: item.icon,
                    label: t(item.label),
                    children: item.children.map((child) => ({ key: child.key, label: t(child.label) })),
                  }
                : { key: item.key, icon: item.icon, label: t(item.label) },
            )}
            onClick={({ key }) => navigate(key)}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header className="app-header">
          <Typography.Text strong>{t('appName')}</Typography.Text>
          <Radio.Group
            aria-label={t('language.label')}
            optionType="button"
            size="small"
            value={language}
            onChange={(e) => void setLanguage(e.target.value as Language)}
            options={LANGUAGES.map((l) => ({ value: l, label: t(`language.${l}`) }))}
          />
        </Layout.Header>
        <Layout.Content className="app-content">
          <ErrorBoundary FallbackComponent={ErrorFallback} resetKeys={[location.pathname]}>
            <Outlet />
          </ErrorBoundary>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
