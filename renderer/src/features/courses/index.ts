import type { RouteObject } from 'react-router';

export const coursesRoutes: RouteObject[] = [];
