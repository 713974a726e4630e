import type { RouteObject } from 'react-router';

export const overdueRoutes: RouteObject[] = [];

/** Print routes (reminder letters) sit outside the layout. */
export const overduePrintRoutes: RouteObject[] = [];
