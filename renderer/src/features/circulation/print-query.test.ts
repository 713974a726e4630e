import { describe, expect, it } from 'vitest';
import { printQuery } from './use-print-page';

describe('a print route’s query', () => {
  it('reads the autoprint flag the browser tab appends after a query', () => {
    const q = printQuery(new URLSearchParams('charge=abc-1&size=half?autoprint=1'));
    expect([...q]).toEqual([
      ['charge', 'abc-1'],
      ['size', 'half'],
      ['autoprint', '1'],
    ]);
  });

  it('leaves a plain query as it is', () => {
    expect(printQuery(new URLSearchParams('batch=1767225600000')).get('batch')).toBe('1767225600000');
  });
});
