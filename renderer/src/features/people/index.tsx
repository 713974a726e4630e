import type { RouteObject } from 'react-router';
import { PeopleListPage } from './PeopleListPage';
import { PersonCreatePage } from './PersonCreatePage';
import { PersonDetailPage } from './PersonDetailPage';
import { PersonEditPage } from './PersonEditPage';

export const peopleRoutes: RouteObject[] = [
  { path: 'people', element: <PeopleListPage /> },
  { path: 'people/new', element: <PersonCreatePage /> },
  { path: 'people/:id', element: <PersonDetailPage /> },
  { path: 'people/:id/edit', element: <PersonEditPage /> },
];
