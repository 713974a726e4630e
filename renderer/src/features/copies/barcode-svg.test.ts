import { describe, expect, it } from 'vitest';
import { code128Bars } from './barcode-svg';

/** The bars' x positions and widths, left to right, from the drawn paths. */
function bars(text: string) {
  const drawn = code128Bars(text);
  return drawn.paths
    .flatMap((p) => [...p.d.matchAll(/M([\d.]+) /g)].map((m) => ({ x: Number(m[1]), w: p.strokeWidth })))
    .sort((a, b) => a.x - b.x);
}

describe('Code 128 bars for a label', () => {
  it('draws a barcode as vertical bars of a few widths', () => {
    const drawn = code128Bars('TD000001');
    expect(drawn.width).toBeGreaterThan(100);
    expect(drawn.height).toBeGreaterThan(0);
    expect(drawn.paths.every((p) => /^M[\d.]+ [\d.]+L/.test(p.d))).toBe(true);
    // Start code, 4 data symbols in code set C after TD in B, check symbol, stop: 3 bars each, stop 4.
    expect(bars('TD000001').length).toBeGreaterThanOrEqual(20);
  });

  it('draws different bars for different barcodes and the same for the same', () => {
    expect(bars('TD000001')).toEqual(bars('TD000001'));
    expect(bars('TD000001')).not.toEqual(bars('TD000002'));
    expect(() => code128Bars('LIB-2019/07+$')).not.toThrow();
  });
});
