import { describe, expect, it } from 'vitest';
import { escapeHtml, pdfPrintOptions } from './pdf-template';

describe('the PDF page template', () => {
  it('prints A4 with backgrounds, the title on top and page numbers below', () => {
    const options = pdfPrintOptions('2024年第二季度培训花名册');
    expect(options).toMatchObject({ pageSize: 'A4', printBackground: true, displayHeaderFooter: true });
    expect(options.headerTemplate).toContain('>2024年第二季度培训花名册</div>');
    expect(options.footerTemplate).toContain(
      '<span class="pageNumber"></span> / <span class="totalPages"></span>',
    );
    expect(options.headerTemplate).toMatch(/font-size:\s*\d+px/);
  });

  it('escapes the title, which is the user’s text inside HTML', () => {
    const { headerTemplate } = pdfPrintOptions('<img src=x onerror="alert(1)"> & \'quotes\'');
    expect(headerTemplate).not.toContain('<img');
    expect(headerTemplate).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;quotes&#39;');
  });

  it('escapes every character that is special in HTML', () => {
    expect(escapeHtml(`<>&"'`)).toBe('&lt;&gt;&amp;&quot;&#39;');
    expect(escapeHtml('培训 plain')).toBe('培训 plain');
  });
});
