import { usePagedList } from '../shared-ui';
import type { AttemptCursor, AttemptPage } from './queries';

/**
 * Attempts a page at a time, read again when attempts change (a trainee submits in a second window,
 * a grade is saved); `key` names the query: a new key starts a new list.
 */
export function useAttemptPages(
  key: string,
  fetchPage: (after: AttemptCursor | null, limit: number) => Promise<AttemptPage>,
) {
  return usePagedList(key, fetchPage, ['attempts']);
}
