import type { LabelSelection } from './queries';

/** The print route of a label sheet. Its query holds only ids and numbers, as printToPdf requires. */
export function labelsRoute(selection: LabelSelection): string {
  const params = new URLSearchParams();
  if ('copyId' in selection) params.set('copy', selection.copyId);
  else {
    params.set('material', selection.materialId);
    if (selection.edition !== undefined) params.set('edition', String(selection.edition));
    if (selection.addedAt !== undefined) params.set('added', String(selection.addedAt));
  }
  return `/print/labels?${params.toString()}`;
}

const wholeNumber = (text: string | null) => (text !== null && /^\d+$/.test(text) ? Number(text) : undefined);

/** What a label route asks for, or null when its query names nothing to print. */
export function labelSelectionFrom(params: URLSearchParams): LabelSelection | null {
  const copyId = params.get('copy');
  if (copyId) return { copyId };
  const materialId = params.get('material');
  if (!materialId) return null;
  const edition = wholeNumber(params.get('edition'));
  const addedAt = wholeNumber(params.get('added'));
  return {
    materialId,
    ...(edition === undefined ? {} : { edition }),
    ...(addedAt === undefined ? {} : { addedAt }),
  };
}

/**
 * The query of a print route as the page received it. In browser mode `printReport` appends
 * `?autoprint=1` to the route even when it has a query already, so a value ends in `?autoprint=1`;
 * that second `?` is read as the `&` it means.
 */
export function printQuery(params: URLSearchParams): URLSearchParams {
  const fixed = new URLSearchParams();
  for (const [key, value] of params) {
    const [own, ...appended] = value.split('?');
    fixed.append(key, own!);
    for (const extra of appended) for (const [k, v] of new URLSearchParams(extra)) fixed.append(k, v);
  }
  return fixed;
}
