import type { RouteObject } from 'react-router';
import { listsRoute } from '../vocabularies';

export const settingsRoutes: RouteObject[] = [
  { path: 'settings', lazy: () => import('./SettingsPage').then((m) => ({ Component: m.SettingsPage })) },
  listsRoute,
];
