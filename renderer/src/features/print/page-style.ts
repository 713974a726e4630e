/** A CSS string literal holding `text`. */
export function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\A ')}"`;
}

const PAGE = '\ue000';
const PAGES = '\ue001';

/**
 * CSS `content` for a page-number line such as “第 {{page}} 页，共 {{pages}} 页”: `format` is given
 * the translation with the two placeholders filled by markers, which become the page counters.
 */
export function pageNumberContent(format: (page: string, pages: string) => string): string {
  return format(PAGE, PAGES)
    .split(/([\ue000\ue001])/)
    .filter((part) => part !== '')
    .map((part) => (part === PAGE ? 'counter(page)' : part === PAGES ? 'counter(pages)' : cssString(part)))
    .join(' ');
}

export interface PageStyle {
  /** Running header, left and right, and the footer with page numbers. */
  headerLeft: string;
  headerRight: string;
  footer: string;
  /** Electron draws its own header and footer (printToPDF templates); then the page draws none. */
  marginBoxes: boolean;
}

/** Margin boxes do not inherit the page's fonts: name a Chinese one, or Chinese text may not show. */
const BOX_FONT = `'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif`;

/** A4 pages with a running header and page numbers, for a print route. */
export function pageCss({ headerLeft, headerRight, footer, marginBoxes }: PageStyle): string {
  const box = (where: string, content: string) =>
    `@${where} { content: ${content}; font-family: ${BOX_FONT}; font-size: 8pt; color: #555; }`;
  return [
    '@page {',
    '  size: A4;',
    '  margin: 16mm 14mm 16mm 14mm;',
    ...(marginBoxes
      ? [
          `  ${box('top-left', cssString(headerLeft))}`,
          `  ${box('top-right', cssString(headerRight))}`,
          `  ${box('bottom-center', footer)}`,
        ]
      : []),
    '}',
  ].join('\n');
}
