import { App as AntApp, ConfigProvider, Result, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { I18nextProvider } from 'react-i18next';
import { createHashRouter, Navigate, RouterProvider } from 'react-router';
import type { AppInfo, Language, RequestOf, Settings } from '../../../shared/contract';
import { casesRoutes } from '../features/cases';
import { circulationPrintRoutes, circulationRoutes } from '../features/circulation';
import { copiesPrintRoutes, copiesRoutes } from '../features/copies';
import { lendingDeskRoutes } from '../features/lending-desk';
import { lendingPoliciesRoutes } from '../features/lending-policies';
import { overduePrintRoutes, overdueRoutes } from '../features/overdue';
import { coursesRoutes } from '../features/courses';
import { materialsRoutes } from '../features/materials';
import { peopleRoutes } from '../features/people';
import { printRoutes } from '../features/print';
import { questionsRoutes } from '../features/questions';
import { settingsRoutes } from '../features/settings';
import { testsRoutes } from '../features/tests';
import { attemptsRoutes, traineeRoutes } from '../features/trainee';
import { platform } from '../platform';
import { AppLayout } from './AppLayout';
import { ErrorFallback } from './ErrorFallback';
import { i18n, initI18n, pickLanguage } from './i18n';
import { NotFound } from './NotFound';
import { RouteError } from './RouteError';
import { SessionContext, type Session } from './session';

const router = createHashRouter([
  // Reports to print, outside the layout: no navigation on paper.
  {
    errorElement: <RouteError />,
    children: [...printRoutes, ...copiesPrintRoutes, ...overduePrintRoutes, ...circulationPrintRoutes],
  },
  // Trainee mode fills the screen: a trainee sees their test and nothing of the app around it.
  { errorElement: <RouteError />, children: traineeRoutes },
  {
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      {
        // A screen that fails to load or render keeps the navigation around it.
        errorElement: <RouteError />,
        children: [
          { index: true, element: <Navigate to="/people" replace /> },
          ...peopleRoutes,
          ...coursesRoutes,
          ...materialsRoutes,
          ...questionsRoutes,
          ...testsRoutes,
          ...attemptsRoutes,
          ...casesRoutes,
          ...overdueRoutes,
          ...lendingDeskRoutes,
          ...copiesRoutes,
          ...circulationRoutes,
          ...lendingPoliciesRoutes,
          ...settingsRoutes,
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
]);

type Boot =
  { state: 'loading' } | { state: 'failed' } | { state: 'ready'; appInfo: AppInfo; settings: Settings };

function applyLanguage(language: Language) {
  dayjs.locale(language === 'zh-CN' ? 'zh-cn' : 'en');
  document.documentElement.lang = language;
  return i18n.changeLanguage(language);
}

export function App() {
  const [boot, setBoot] = useState<Boot>({ state: 'loading' });

  useEffect(() => {
    let cancelled = false;
    Promise.all([platform.call('appInfo', {}), platform.call('getSettings', {})])
      .then(async ([appInfo, settings]) => {
        await initI18n(pickLanguage(settings.language, appInfo.osLocale));
        await applyLanguage(i18n.language as Language);
        if (!cancelled) setBoot({ state: 'ready', appInfo, settings });
      })
      .catch(async () => {
        // The main process is out of reach, so the settings are unknown: follow the browser's language.
        await initI18n(pickLanguage(null, navigator.language));
        if (!cancelled) setBoot({ state: 'failed' });
      });
    return () => {
      cancelled = true;
    };
  }, []);

  const setLanguage = useCallback(async (language: Language) => {
    const settings = await platform.call('updateSettings', { language });
    await applyLanguage(language);
    setBoot((b) => (b.state === 'ready' ? { ...b, settings } : b));
  }, []);

  const updateSettings = useCallback(async (changes: RequestOf<'updateSettings'>) => {
    const settings = await platform.call('updateSettings', changes);
    setBoot((b) => (b.state === 'ready' ? { ...b, settings } : b));
    return settings;
  }, []);

  const reloadSettings = useCallback(async () => {
    const settings = await platform.call('getSettings', {});
    setBoot((b) => (b.state === 'ready' ? { ...b, settings } : b));
  }, []);

  const session = useMemo<Session | null>(
    () =>
      boot.state === 'ready'
        ? {
            appInfo: boot.appInfo,
            settings: boot.settings,
            language: i18n.language as Language,
            setLanguage,
            updateSettings,
            reloadSettings,
          }
        : null,
    // i18n.language changes together with settings, which is in boot.
    [boot, setLanguage, updateSettings, reloadSettings],
  );

  if (boot.state === 'loading') {
    return (
      <div className="app-loading">
        <Spin size="large" />
      </div>
    );
  }
  if (boot.state === 'failed' || !session) {
    return <Result status="warning" title={i18n.t('errors.bridgeUnreachable')} />;
  }
  return (
    <I18nextProvider i18n={i18n}>
      <ConfigProvider
        locale={session.language === 'zh-CN' ? zhCN : enUS}
        theme={{ token: { borderRadius: 6 } }}
        // "保存", not "保 存": the button says what its accessible name says.
        button={{ autoInsertSpace: false }}
      >
        <AntApp>
          <SessionContext.Provider value={session}>
            <ErrorBoundary FallbackComponent={ErrorFallback}>
              <RouterProvider router={router} />
            </ErrorBoundary>
          </SessionContext.Provider>
        </AntApp>
      </ConfigProvider>
    </I18nextProvider>
  );
}
