import { describe, expect, it } from 'vitest';
import { cssString, pageCss, pageNumberContent } from './page-style';

describe('the printed page frame', () => {
  it('turns a translated page-number line into CSS page counters', () => {
    expect(pageNumberContent((page, pages) => `第 ${page} 页，共 ${pages} 页`)).toBe(
      '"第 " counter(page) " 页，共 " counter(pages) " 页"',
    );
    expect(pageNumberContent((page, pages) => `Page ${page} of ${pages}`)).toBe(
      '"Page " counter(page) " of " counter(pages)',
    );
  });

  it('escapes text so that a department name cannot break out of the CSS string', () => {
    expect(cssString('a "b" \\ c')).toBe('"a \\"b\\" \\\\ c"');
  });

  it('asks for A4 and draws its own header and footer only where Electron does not', () => {
    const style = { headerLeft: '人员花名册', headerRight: '2026-11-23', footer: 'counter(page)' };
    expect(pageCss({ ...style, marginBoxes: true })).toMatch(
      /size: A4[\s\S]*@top-left \{ content: "人员花名册"/,
    );
    expect(pageCss({ ...style, marginBoxes: true })).toContain('@bottom-center { content: counter(page)');
    expect(pageCss({ ...style, marginBoxes: false })).not.toContain('@top-left');
  });
});
