import type { RouteObject } from 'react-router';

// Borrowers' pages, holds, charges, recalls and stocktakes.

/** A material's hold queue, for the material's page. */
export { HoldQueuePanel } from './HoldQueuePanel';

export const circulationRoutes: RouteObject[] = [
  {
    path: 'lending/borrowers/:personId',
    lazy: () => import('./BorrowerPage').then((m) => ({ Component: m.BorrowerPage })),
  },
  {
    path: 'lending/holds',
    lazy: () => import('./HoldsPage').then((m) => ({ Component: m.HoldsPage })),
  },
  {
    path: 'lending/charges',
    lazy: () => import('./ChargesPage').then((m) => ({ Component: m.ChargesPage })),
  },
  {
    path: 'lending/recall',
    lazy: () => import('./RecallPage').then((m) => ({ Component: m.RecallPage })),
  },
  {
    path: 'lending/stocktake',
    lazy: () => import('./StocktakeListPage').then((m) => ({ Component: m.StocktakeListPage })),
  },
  {
    path: 'lending/stocktake/:id',
    lazy: () => import('./StocktakePage').then((m) => ({ Component: m.StocktakePage })),
  },
];

/** Print routes (charge receipts, recall letters) sit outside the layout. */
export const circulationPrintRoutes: RouteObject[] = [
  {
    path: '/print/receipt',
    lazy: () => import('./ReceiptPrintPage').then((m) => ({ Component: m.ReceiptPrintPage })),
  },
  {
    path: '/print/recall',
    lazy: () => import('./RecallLettersPrintPage').then((m) => ({ Component: m.RecallLettersPrintPage })),
  },
];
