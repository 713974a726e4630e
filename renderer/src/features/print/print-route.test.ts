// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { PlatformError, type Platform } from '../../platform';
import { printReport } from './print-route';

/** Browser mode: the main process cannot print, so the route opens in a tab that prints itself. */
const browserPlatform = {
  kind: 'browser',
  call: () => Promise.reject(new PlatformError('unsupportedHere', 'no printToPDF here')),
  attachmentUrl: () => '',
  downloadUrl: () => '',
} as unknown as Platform;

async function openedUrl(route: string) {
  const opened: string[] = [];
  const result = await printReport(browserPlatform, { route, fileName: 'x.pdf', title: 'x' }, (url) =>
    opened.push(url),
  );
  expect(result).toBe('opened');
  return opened[0]!;
}

describe('printing a report in browser mode', () => {
  it('opens the route with the auto-print flag', async () => {
    expect(await openedUrl('/print/roster')).toMatch(/#\/print\/roster\?autoprint=1$/);
  });

  it('adds the flag to a route that has a query of its own instead of a second question mark', async () => {
    expect(await openedUrl('/print/labels?material=m1&edition=2')).toMatch(
      /#\/print\/labels\?material=m1&edition=2&autoprint=1$/,
    );
  });
});
