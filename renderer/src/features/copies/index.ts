import type { RouteObject } from 'react-router';

// The copies section of a material's page (materials talks to copies through this index).
export { MaterialCopiesSection } from './MaterialCopiesSection';

export const copiesRoutes: RouteObject[] = [
  {
    path: 'lending/copies',
    lazy: () => import('./CopiesListPage').then((m) => ({ Component: m.CopiesListPage })),
  },
  {
    path: 'lending/copies/new',
    lazy: () => import('./AddCopiesPage').then((m) => ({ Component: m.AddCopiesPage })),
  },
  {
    // The import wizard with the copies importer (it lives with the other importers).
    path: 'lending/copies/import',
    lazy: () =>
      import('../import/importers/copies-import-page').then((m) => ({ Component: m.CopiesImportPage })),
  },
  {
    path: 'lending/copies/:id',
    lazy: () => import('./CopyDetailPage').then((m) => ({ Component: m.CopyDetailPage })),
  },
];

/** Print routes (labels) sit outside the layout. */
export const copiesPrintRoutes: RouteObject[] = [
  {
    path: '/print/labels',
    lazy: () => import('./LabelsPrintPage').then((m) => ({ Component: m.LabelsPrintPage })),
  },
];
