import { useEffect } from 'react';

/**
 * Tells whoever prints the page that it is complete: once `ready`, after the fonts are loaded and
 * the content painted, sets `document.body.dataset.printReady` (the main process waits for it
 * before printToPDF) and, when asked to, opens the browser's print dialog.
 */
export function usePrintReady(ready: boolean, autoPrint: boolean) {
  useEffect(() => {
    if (!ready) return;
    let cancelled = false;
    void document.fonts.ready.then(() =>
      requestAnimationFrame(() => {
        if (cancelled) return;
        document.body.dataset.printReady = 'true';
        if (autoPrint) window.print();
      }),
    );
    return () => {
      cancelled = true;
      delete document.body.dataset.printReady;
    };
  }, [ready, autoPrint]);
}
