import type { RouteObject } from 'react-router';

// Overdue and reminders 逾期与催还: the lending overview at /lending, the overdue list, the notice log
// and the printed letters.
export { LendingTile } from './LendingTile';

export const overdueRoutes: RouteObject[] = [
  {
    path: 'lending',
    lazy: () => import('./LendingOverviewPage').then((m) => ({ Component: m.LendingOverviewPage })),
  },
  {
    path: 'lending/overdue',
    lazy: () => import('./OverduePage').then((m) => ({ Component: m.OverduePage })),
  },
  {
    path: 'lending/overdue/notices',
    lazy: () => import('./NoticesLogPage').then((m) => ({ Component: m.NoticesLogPage })),
  },
];

/** Print routes (reminder letters) sit outside the layout. */
export const overduePrintRoutes: RouteObject[] = [
  {
    path: '/print/notices/:kind/:key',
    lazy: () => import('./NoticeLettersPrintPage').then((m) => ({ Component: m.NoticeLettersPrintPage })),
  },
];
