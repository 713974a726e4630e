import type { RouteObject } from 'react-router';

export const questionsRoutes: RouteObject[] = [];
