import type { RouteObject } from 'react-router';

export const casesRoutes: RouteObject[] = [
  {
    path: 'cases',
    lazy: () => import('./CasesListPage').then((m) => ({ Component: m.CasesListPage })),
  },
  {
    path: 'cases/new',
    lazy: () => import('./CaseCreatePage').then((m) => ({ Component: m.CaseCreatePage })),
  },
  {
    path: 'cases/:id',
    lazy: () => import('./CaseDetailPage').then((m) => ({ Component: m.CaseDetailPage })),
  },
  {
    path: 'cases/:id/edit',
    lazy: () => import('./CaseEditPage').then((m) => ({ Component: m.CaseEditPage })),
  },
];
