import type { RouteObject } from 'react-router';
import { peopleImportRoute } from '../import';
import { PeopleListPage } from './PeopleListPage';

/**
 * The list is the first screen, so it is in the main bundle; forms and the detail page load when
 * opened, and with them the pinyin dictionary the writes need.
 */
export const peopleRoutes: RouteObject[] = [
  { path: 'people', element: <PeopleListPage /> },
  peopleImportRoute,
  {
    path: 'people/new',
    lazy: () => import('./PersonCreatePage').then((m) => ({ Component: m.PersonCreatePage })),
  },
  {
    path: 'people/:id',
    lazy: () => import('./PersonDetailPage').then((m) => ({ Component: m.PersonDetailPage })),
  },
  {
    path: 'people/:id/edit',
    lazy: () => import('./PersonEditPage').then((m) => ({ Component: m.PersonEditPage })),
  },
];
