import { code128, drawingSVG } from 'bwip-js/browser';

export interface BarcodeBars {
  /** The drawing's own units; the label scales it to its width. */
  width: number;
  height: number;
  /** One path per bar width: every bar of that width, as vertical lines. */
  paths: { strokeWidth: number; d: string }[];
}

const VIEW_BOX = /viewBox="0 0 ([\d.]+) ([\d.]+)"/;
const PATH = /<path stroke="#000000" stroke-width="([\d.]+)" d="([MLZ\d.\s]+)"\s*\/>/g;

/**
 * The bars of a Code 128 barcode, drawn by bwip-js (a maintained port of Barcode Writer in Pure
 * PostScript) as SVG and read back into plain numbers, so that React draws the SVG itself: no markup
 * from a string reaches the page. Vector bars stay crisp at any print resolution. The human-readable
 * text is set by the label in the page's font, so a PDF reader finds it as text.
 */
export function code128Bars(text: string): BarcodeBars {
  const svg = code128({ bcid: 'code128', text, height: 10, includetext: false }, drawingSVG());
  const box = VIEW_BOX.exec(svg);
  if (!box) throw new Error('bwip-js drew no viewBox');
  const paths = [...svg.matchAll(PATH)].map((m) => ({ strokeWidth: Number(m[1]), d: m[2]! }));
  if (paths.length === 0) throw new Error('bwip-js drew no bars');
  return { width: Number(box[1]), height: Number(box[2]), paths };
}
