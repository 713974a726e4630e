import { platform } from '../../platform';
import { printReport } from '../print';

/**
 * The letters of one reminder run (its notices share the instant they were sent). What to print is
 * in the path, not the query: browser mode appends its own `?autoprint=1` to the route.
 */
export const batchRoute = (sentAt: number) => `/print/notices/batch/${sentAt}`;

/** One notice's letter again, from the notice log. */
export const noticeRoute = (noticeId: string) => `/print/notices/notice/${encodeURIComponent(noticeId)}`;

/** Prints letters: the desktop app saves a PDF, browser mode opens the print route in a tab. */
export function printLetters(route: string, title: string, fileName: string) {
  return printReport(platform, { route, title, fileName });
}
