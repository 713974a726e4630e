const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/** Chromium draws header and footer at a tiny default size unless the template sets one. */
const BAND_STYLE = 'width:100%;font-size:9px;color:#555;text-align:center;font-family:sans-serif;';

/**
 * The options for Electron's printToPDF: A4 with backgrounds, the report's title in the header and
 * "page / pages" in the footer. The title is the user's text and is escaped: the template is HTML.
 */
export function pdfPrintOptions(title: string) {
  return {
    pageSize: 'A4',
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: `<div style="${BAND_STYLE}">${escapeHtml(title)}</div>`,
    footerTemplate: `<div style="${BAND_STYLE}"><span class="pageNumber"></span> / <span class="totalPages"></span></div>`,
    // Inches; room for the header and footer bands above and below the page content.
    margins: { top: 0.6, bottom: 0.6, left: 0.4, right: 0.4 },
  } as const;
}
