import type { RouteObject } from 'react-router';

export const materialsRoutes: RouteObject[] = [];
