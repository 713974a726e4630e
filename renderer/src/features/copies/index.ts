import type { RouteObject } from 'react-router';

export const copiesRoutes: RouteObject[] = [];

/** Print routes (labels) sit outside the layout. */
export const copiesPrintRoutes: RouteObject[] = [];
