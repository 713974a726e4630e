import { db } from '../../db';
import { usePagedList } from '../shared-ui';
import { fetchPeoplePage, type PeopleQuery } from './queries';

/** The people list for a query, kept up to date when people change anywhere (another window, an import). */
export function usePeopleList(query: PeopleQuery) {
  return usePagedList(JSON.stringify(query), (after, limit) => fetchPeoplePage(db, query, after, limit), [
    'people',
  ]);
}
