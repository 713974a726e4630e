import type { RouteObject } from 'react-router';

export { drawPaper } from './draw-paper';
export { checkRulesAgainstBank } from './rule-candidates';

/** Screens load when opened; drawPaper above stays importable without them. */
export const testsRoutes: RouteObject[] = [
  {
    path: 'tests',
    lazy: () => import('./TestsListPage').then((m) => ({ Component: m.TestsListPage })),
  },
  {
    path: 'tests/new',
    lazy: () => import('./TestCreatePage').then((m) => ({ Component: m.TestCreatePage })),
  },
  {
    path: 'tests/:id',
    lazy: () => import('./TestDetailPage').then((m) => ({ Component: m.TestDetailPage })),
  },
  {
    path: 'tests/:id/edit',
    lazy: () => import('./TestEditPage').then((m) => ({ Component: m.TestEditPage })),
  },
  {
    path: 'tests/:id/preview',
    lazy: () => import('./TestPreviewPage').then((m) => ({ Component: m.TestPreviewPage })),
  },
];
