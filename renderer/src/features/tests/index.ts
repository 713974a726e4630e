import type { RouteObject } from 'react-router';

export const testsRoutes: RouteObject[] = [];
