import { describe, expect, it } from 'vitest';
import { labelSelectionFrom, labelsRoute, printQuery } from './label-route';

/** The rule of the printToPdf contract for a route's query. */
const PRINTABLE = /^\/print\/[A-Za-z0-9/_-]*(\?[A-Za-z0-9=&%._-]*)?$/;
const id = '5f0c6f1e-8b1a-4c39-9a55-0d1b2c3d4e5f';

describe('the label sheet route', () => {
  it('names one copy, an edition of a material or a batch just added, in characters printToPdf accepts', () => {
    for (const selection of [
      { copyId: id },
      { materialId: id, edition: 3 },
      { materialId: id, edition: 1, addedAt: 1_773_000_000_123 },
    ]) {
      const route = labelsRoute(selection);
      expect(route).toMatch(PRINTABLE);
      expect(labelSelectionFrom(new URLSearchParams(route.split('?')[1]))).toEqual(selection);
    }
    expect(labelsRoute({ materialId: id, edition: 2 })).toBe(`/print/labels?material=${id}&edition=2`);
  });

  it('names nothing without a copy or material, and ignores numbers that are not numbers', () => {
    expect(labelSelectionFrom(new URLSearchParams(''))).toBeNull();
    expect(labelSelectionFrom(new URLSearchParams('material=m&edition=x'))).toEqual({ materialId: 'm' });
  });
});

describe('the query a print tab receives', () => {
  it('reads a second question mark (browser mode appends ?autoprint=1 to the route) as an ampersand', () => {
    const received = new URLSearchParams('material=m&added=17?autoprint=1');
    const query = printQuery(received);
    expect(query.get('autoprint')).toBe('1');
    expect(labelSelectionFrom(query)).toEqual({ materialId: 'm', addedAt: 17 });
    expect(printQuery(new URLSearchParams('copy=c')).get('copy')).toBe('c');
  });
});
