import { useEffect, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { AUTO_PRINT_PARAM } from '../print/print-route';
import { usePrintReady } from '../print/use-print-ready';

/**
 * The query of a print route as it was meant. In browser mode `printReport` appends
 * `?autoprint=1` to a route that has a query already, so the last value arrives as
 * `…&size=a4?autoprint=1`; the second `?` is read as the `&` it means.
 */
export function printQuery(params: URLSearchParams): URLSearchParams {
  const fixed = new URLSearchParams();
  for (const [key, value] of params) {
    const [own = '', ...appended] = value.split('?');
    fixed.append(key, own);
    for (const part of appended) for (const [k, v] of new URLSearchParams(part)) fixed.append(k, v);
  }
  return fixed;
}

/**
 * What every print route of this feature does: read its query, name the document (the PDF's name
 * in the browser's dialog) and set the ready flag the desktop app waits for before printing. The
 * print feature's own hooks are read from its files (its index exports only `printReport`).
 */
export function usePrintPage(title: string, ready: boolean): URLSearchParams {
  const [raw] = useSearchParams();
  const params = useMemo(() => printQuery(raw), [raw]);
  useEffect(() => {
    const previous = document.title;
    document.title = title;
    return () => {
      document.title = previous;
    };
  }, [title]);
  usePrintReady(ready, params.get(AUTO_PRINT_PARAM) === '1');
  return params;
}
