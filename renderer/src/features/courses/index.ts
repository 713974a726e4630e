import type { RouteObject } from 'react-router';

/**
 * Every course screen loads when opened: the catalogue brings the pinyin dictionary (title sort
 * keys) and the lesson editor brings TipTap, neither of which belongs in the start-up bundle.
 */
export const coursesRoutes: RouteObject[] = [
  { path: 'courses', lazy: () => import('./CataloguePage').then((m) => ({ Component: m.CataloguePage })) },
  {
    path: 'courses/new',
    lazy: () => import('./CourseCreatePage').then((m) => ({ Component: m.CourseCreatePage })),
  },
  {
    path: 'courses/:id',
    lazy: () => import('./CourseDetailPage').then((m) => ({ Component: m.CourseDetailPage })),
  },
  {
    path: 'courses/:id/edit',
    lazy: () => import('./CourseEditPage').then((m) => ({ Component: m.CourseEditPage })),
  },
  {
    path: 'courses/:id/versions/:version',
    lazy: () => import('./VersionPage').then((m) => ({ Component: m.VersionPage })),
  },
  {
    path: 'courses/:id/compare',
    lazy: () => import('./ComparePage').then((m) => ({ Component: m.ComparePage })),
  },
];
