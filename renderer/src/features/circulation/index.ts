import type { RouteObject } from 'react-router';

// Borrowers' pages, holds, charges, recalls and stocktakes.
export const circulationRoutes: RouteObject[] = [];

/** Print routes (charge receipts) sit outside the layout. */
export const circulationPrintRoutes: RouteObject[] = [];
