import { db } from '../../db';
import { usePagedList } from '../shared-ui';
import { fetchCataloguePage, type CourseQuery } from './queries';

/** The catalogue for a query, read again when courses or lessons (whose text a search matches) change. */
export function useCatalogue(query: CourseQuery) {
  const list = usePagedList(
    JSON.stringify(query),
    (after, limit) => fetchCataloguePage(db, query, after, limit),
    ['courses', 'lessons'],
  );
  return { ...list, capped: list.last?.capped ?? false };
}
