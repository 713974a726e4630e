import type { RouteObject } from 'react-router';

export const lendingDeskRoutes: RouteObject[] = [];
