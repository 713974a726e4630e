import { BrowserWindow } from 'electron';
import { pdfPrintOptions } from './pdf-template';
import { APP_ORIGIN } from './security';
import { mainWindowOptions } from './window';

/** A print route that never says it is ready (a failed query) must not hang the request forever. */
const READY_TIMEOUT_MS = 30_000;
const READY_POLL_MS = 100;

/** What the print page sets once its data has loaded and it has laid itself out. */
const IS_READY = "document.body !== null && document.body.dataset.printReady === 'true'";

async function waitUntilReady(window: BrowserWindow, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await window.webContents.executeJavaScript(IS_READY))) {
    if (Date.now() > deadline) throw new Error('The page to print did not get ready in time');
    await new Promise((resolve) => setTimeout(resolve, READY_POLL_MS));
  }
}

/**
 * Prints an app route to A4 PDF bytes in a hidden window with the main window's locked-down web
 * preferences. The page reads its own data (same origin, same IndexedDB) and sets
 * `document.body.dataset.printReady = 'true'` when it is ready to print.
 */
export async function printRouteToPdf(
  route: string,
  title: string,
  preloadPath: string,
  timeoutMs = READY_TIMEOUT_MS,
): Promise<Uint8Array> {
  if (!route.startsWith('/print/')) throw new Error('Only print routes can be printed');
  const { webPreferences } = mainWindowOptions(preloadPath);
  // A4 at 96 dpi, so the page lays out as it will print.
  const window = new BrowserWindow({ show: false, width: 794, height: 1123, webPreferences });
  try {
    await window.loadURL(`${APP_ORIGIN}/index.html#${route}`);
    await waitUntilReady(window, timeoutMs);
    return new Uint8Array(await window.webContents.printToPDF(pdfPrintOptions(title)));
  } finally {
    // destroy, not close: a page's beforeunload must not keep an invisible window alive.
    if (!window.isDestroyed()) window.destroy();
  }
}
