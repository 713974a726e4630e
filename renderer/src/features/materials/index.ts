import type { RouteObject } from 'react-router';

// The list machinery is shared with the case library (features talk through their index).
export { byTitle, readTitlePage, type IndexPlan } from './paged-list';
export { useUrlQuery } from './url-query';
export { useFieldMessage } from './field-message';

export const materialsRoutes: RouteObject[] = [
  {
    path: 'materials',
    lazy: () => import('./MaterialsListPage').then((m) => ({ Component: m.MaterialsListPage })),
  },
  {
    path: 'materials/new',
    lazy: () => import('./MaterialCreatePage').then((m) => ({ Component: m.MaterialCreatePage })),
  },
  {
    path: 'materials/:id',
    lazy: () => import('./MaterialDetailPage').then((m) => ({ Component: m.MaterialDetailPage })),
  },
  {
    path: 'materials/:id/edit',
    lazy: () => import('./MaterialEditPage').then((m) => ({ Component: m.MaterialEditPage })),
  },
];
