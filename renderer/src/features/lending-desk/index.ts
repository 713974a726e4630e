import type { RouteObject } from 'react-router';

export const lendingDeskRoutes: RouteObject[] = [
  {
    path: 'lending/desk',
    lazy: () => import('./LendingDeskPage').then((m) => ({ Component: m.LendingDeskPage })),
  },
];
