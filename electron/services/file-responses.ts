import { lookup } from 'mime-types';

/** What to answer for a stored file; the bridge and the app:// handler each turn it into their response. */
export type FileResponse = {
  status: 200 | 206 | 416;
  headers: Record<string, string>;
  /** Inclusive byte range of the file to send; null when there is nothing to send (416, empty file). */
  body: { path: string; start: number; end: number } | null;
};

export type ByteRange = { start: number; end: number };

/**
 * Sandboxed, so even a file a browser did decide to render could run no script and reach nothing;
 * images and media may still load from the file's own URL.
 */
const SANDBOX_POLICY =
  "default-src 'none'; img-src 'self' data:; media-src 'self'; style-src 'unsafe-inline'; sandbox";

/** Types that can carry script when rendered by a browser; never served for rendering. */
function isActiveContent(type: string): boolean {
  return /html|xml|script|svg/.test(type);
}

/**
 * The type to show a file inline with, or null when it must be downloaded instead. A list of known
 * passive types, not a list of dangerous ones: what is not on it is saved, never rendered.
 */
export function inlineTypeFor(type: string): string | null {
  if (isActiveContent(type)) return null;
  if (type === 'application/pdf') return type;
  if (type.startsWith('image/') || type.startsWith('audio/') || type.startsWith('video/')) return type;
  // Shown as plain text whatever their dialect; the charset is added from the bytes (textCharsetOf).
  if (type === 'text/plain' || type === 'text/csv' || type === 'text/markdown') return 'text/plain';
  return null;
}

/**
 * The charset of a text file, from its first bytes: UTF-8 when they decode as UTF-8, else GB18030
 * (a superset of GBK, what Notepad and Excel on Chinese Windows write). Without it the browser
 * shows Chinese text as mojibake.
 */
export function textCharsetOf(head: Uint8Array): 'utf-8' | 'gb18030' {
  try {
    // `stream` so a character cut off at the end of the sample is not taken for an error.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

/** RFC 5987 `attr-char`s stay as they are; everything else is percent-encoded UTF-8. */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * `filename*` carries the real name (Chinese included) per RFC 6266/5987; `filename` is an ASCII
 * stand-in for clients that know only the old form.
 */
export function contentDisposition(disposition: 'inline' | 'attachment', fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  return `${disposition}; filename="${fallback}"; filename*=UTF-8''${encodeRfc5987(fileName)}`;
}

/**
 * One `bytes=` range of a file of `size` bytes (what a <video> asks for to seek). Anything this
 * does not understand, including several ranges, gives null: the whole file is sent instead.
 */
export function parseRange(header: string | undefined, size: number): ByteRange | 'unsatisfiable' | null {
  const match = header === undefined ? null : /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (match === null) return null;
  const [, first = '', last = ''] = match;
  if (first === '' && last === '') return null;
  if (first === '') {
    const suffix = Number(last);
    if (suffix === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  if (last !== '' && Number(last) < start) return null;
  if (start >= size) return 'unsatisfiable';
  return { start, end: last === '' ? size - 1 : Math.min(Number(last), size - 1) };
}

export type FileToServe = {
  path: string;
  size: number;
  /** The name the user knows it by: sets the type and the saved file's name. */
  fileName: string;
  /** Asked to save rather than show. */
  download: boolean;
  range: string | undefined;
  cacheControl: string;
  /** The first bytes of the file, for the charset of text shown inline. */
  head?: Uint8Array;
};

/**
 * Headers and body for a stored file. Shown inline only when asked and the type is passive;
 * HTML, SVG, scripts and unknown types are always attachments, so a stored file can never run
 * script in the app's origin. `nosniff` keeps the browser from second-guessing the type.
 */
export function fileResponse(file: FileToServe): FileResponse {
  const type = lookup(file.fileName) || 'application/octet-stream';
  const inlineType = file.download ? null : inlineTypeFor(type);
  const charset = inlineType === 'text/plain' && file.head ? `; charset=${textCharsetOf(file.head)}` : '';
  const headers: Record<string, string> = {
    'Content-Type': inlineType
      ? inlineType + charset
      : isActiveContent(type)
        ? 'application/octet-stream'
        : type,
    'Content-Disposition': contentDisposition(inlineType === null ? 'attachment' : 'inline', file.fileName),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': file.cacheControl,
    'Accept-Ranges': 'bytes',
  };
  // Chromium will not show a PDF in a sandboxed document; a PDF runs no script in our origin anyway.
  if (inlineType !== 'application/pdf') headers['Content-Security-Policy'] = SANDBOX_POLICY;

  const range = parseRange(file.range, file.size);
  if (range === 'unsatisfiable') {
    return {
      status: 416,
      headers: { ...headers, 'Content-Range': `bytes */${file.size}`, 'Content-Length': '0' },
      body: null,
    };
  }
  const { start, end } = range ?? { start: 0, end: file.size - 1 };
  headers['Content-Length'] = String(end - start + 1);
  if (range !== null) headers['Content-Range'] = `bytes ${start}-${end}/${file.size}`;
  const body = end >= start ? { path: file.path, start, end } : null;
  return { status: range === null ? 200 : 206, headers, body };
}
