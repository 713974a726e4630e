import { PlatformError, completeDelivery, type Platform } from '../../platform';

export interface PrintRequest {
  /** A print-styled route of the app, e.g. `/print/roster`. */
  route: string;
  fileName: string;
  title: string;
}

/** The query flag that tells a print route, opened in a browser tab, to open the print dialog itself. */
export const AUTO_PRINT_PARAM = 'autoprint';

/**
 * Prints a report. The desktop app renders the route to an A4 PDF (Electron's printToPDF) and saves
 * it where the user chooses; browser mode cannot, so the route opens in a new tab and calls the
 * browser's own print dialog, where “Save as PDF” makes the same file.
 */
export async function printReport(
  platform: Platform,
  request: PrintRequest,
  openWindow: (url: string) => void = (url) => void window.open(url, '_blank'),
): Promise<'saved' | 'cancelled' | 'opened'> {
  try {
    const delivery = await platform.call('printToPdf', request);
    return completeDelivery(platform, delivery) ? 'saved' : 'cancelled';
  } catch (error) {
    if (!(error instanceof PlatformError) || error.code !== 'unsupportedHere') throw error;
    // Not `noopener`: the new tab needs this tab's session (browser mode keeps its token there).
    // A route may carry its own query (`/print/labels?material=…`): add the flag to it, never a second `?`.
    const separator = request.route.includes('?') ? '&' : '?';
    openWindow(`${window.location.pathname}#${request.route}${separator}${AUTO_PRINT_PARAM}=1`);
    return 'opened';
  }
}
