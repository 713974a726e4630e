import { describe, expect, it } from 'vitest';
import {
  contentDisposition,
  fileResponse,
  inlineTypeFor,
  parseRange,
  textCharsetOf,
  type FileToServe,
} from './file-responses';

function serve(overrides: Partial<FileToServe>) {
  return fileResponse({
    path: '/store/ab/abcd',
    size: 1000,
    fileName: 'photo.png',
    download: false,
    range: undefined,
    cacheControl: 'no-store',
    ...overrides,
  });
}

describe('the Content-Disposition of a served file', () => {
  it('gives a plain name as is', () => {
    expect(contentDisposition('attachment', 'report.pdf')).toBe(
      `attachment; filename="report.pdf"; filename*=UTF-8''report.pdf`,
    );
  });

  it('carries a Chinese name in filename* (RFC 5987), with an ASCII stand-in', () => {
    expect(contentDisposition('inline', '培训 计划.pdf')).toBe(
      `inline; filename="__ __.pdf"; filename*=UTF-8''%E5%9F%B9%E8%AE%AD%20%E8%AE%A1%E5%88%92.pdf`,
    );
  });

  it('escapes quotes and the characters RFC 5987 does not allow bare', () => {
    expect(contentDisposition('attachment', `it's "(draft)"*.txt`)).toBe(
      `attachment; filename="it's _(draft)_*.txt"; filename*=UTF-8''it%27s%20%22%28draft%29%22%2A.txt`,
    );
  });
});

describe('what a stored file may be shown as', () => {
  it.each(['image/png', 'image/jpeg', 'application/pdf', 'video/mp4', 'audio/mpeg'])(
    'shows %s inline',
    (type) => {
      expect(inlineTypeFor(type)).toBe(type);
    },
  );

  it('shows text as plain text', () => {
    expect(inlineTypeFor('text/csv')).toBe('text/plain');
  });

  it.each([
    'text/html',
    'application/xhtml+xml',
    'image/svg+xml',
    'text/javascript',
    'application/xml',
    'application/octet-stream',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  ])('never renders %s', (type) => {
    expect(inlineTypeFor(type)).toBeNull();
  });

  it('forces HTML, SVG and scripts to be saved as opaque bytes even when a preview is asked', () => {
    for (const fileName of ['page.html', 'logo.svg', 'app.js', 'page.xhtml']) {
      const { headers } = serve({ fileName });
      expect(headers['Content-Disposition']).toMatch(/^attachment;/);
      expect(headers['Content-Type']).toBe('application/octet-stream');
      expect(headers['X-Content-Type-Options']).toBe('nosniff');
      expect(headers['Content-Security-Policy']).toContain('sandbox');
    }
  });

  it('shows an image inline in a sandbox, and saves it when asked to download', () => {
    const inline = serve({});
    expect(inline.headers['Content-Type']).toBe('image/png');
    expect(inline.headers['Content-Disposition']).toMatch(/^inline;/);
    expect(inline.headers['Content-Security-Policy']).toContain('sandbox');
    expect(serve({ download: true }).headers['Content-Disposition']).toMatch(/^attachment;/);
  });

  it('leaves PDFs out of the sandbox, where the browser would refuse to show them', () => {
    expect(serve({ fileName: 'a.pdf' }).headers['Content-Security-Policy']).toBeUndefined();
  });
});

describe('byte ranges', () => {
  it('reads the forms a media element sends', () => {
    expect(parseRange('bytes=0-99', 1000)).toEqual({ start: 0, end: 99 });
    expect(parseRange('bytes=900-', 1000)).toEqual({ start: 900, end: 999 });
    expect(parseRange('bytes=-100', 1000)).toEqual({ start: 900, end: 999 });
    expect(parseRange('bytes=990-5000', 1000)).toEqual({ start: 990, end: 999 });
  });

  it('sends the whole file for what it does not understand', () => {
    for (const header of [undefined, 'bytes=0-1,5-6', 'items=0-1', 'bytes=-', 'bytes=50-10']) {
      expect(parseRange(header, 1000)).toBeNull();
    }
  });

  it('says when a range lies beyond the file', () => {
    expect(parseRange('bytes=1000-', 1000)).toBe('unsatisfiable');
    expect(parseRange('bytes=-0', 1000)).toBe('unsatisfiable');
  });

  it('answers 206 with Content-Range, or 416', () => {
    const partial = serve({ range: 'bytes=10-19' });
    expect(partial.status).toBe(206);
    expect(partial.headers['Content-Range']).toBe('bytes 10-19/1000');
    expect(partial.headers['Content-Length']).toBe('10');
    expect(partial.body).toEqual({ path: '/store/ab/abcd', start: 10, end: 19 });
    const beyond = serve({ range: 'bytes=5000-' });
    expect(beyond.status).toBe(416);
    expect(beyond.body).toBeNull();
  });

  it('sends nothing for an empty file', () => {
    const empty = serve({ size: 0 });
    expect(empty.status).toBe(200);
    expect(empty.headers['Content-Length']).toBe('0');
    expect(empty.body).toBeNull();
  });
});

describe('the charset of text shown inline', () => {
  it('is UTF-8 for UTF-8 text, even with a character cut off at the end of the sample', () => {
    const bytes = new TextEncoder().encode('高级培训师资格证书');
    expect(textCharsetOf(bytes)).toBe('utf-8');
    expect(textCharsetOf(bytes.subarray(0, bytes.length - 1))).toBe('utf-8');
  });

  it('is GB18030 for text Chinese Windows wrote in GBK', () => {
    // 张伟 in GBK.
    expect(textCharsetOf(Uint8Array.from([0xd5, 0xc5, 0xce, 0xb0]))).toBe('gb18030');
  });

  it('is sent with the text when a head is given', () => {
    const response = fileResponse({
      path: '/x',
      size: 6,
      fileName: 'a.txt',
      download: false,
      range: undefined,
      cacheControl: 'no-store',
      head: new TextEncoder().encode('证书'),
    });
    expect(response.headers['Content-Type']).toBe('text/plain; charset=utf-8');
  });
});
