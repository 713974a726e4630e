import type { RouteObject } from 'react-router';

export const lendingPoliciesRoutes: RouteObject[] = [];
