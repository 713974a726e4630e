import type { RouteObject } from 'react-router';

export { printReport, type PrintRequest } from './print-route';

/** Print routes sit outside the app's layout: no navigation on paper. */
export const printRoutes: RouteObject[] = [
  {
    path: '/print/roster',
    lazy: () => import('./RosterPrintPage').then((m) => ({ Component: m.RosterPrintPage })),
  },
];
