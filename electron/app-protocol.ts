import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { APP_HOST, CONTENT_SECURITY_POLICY } from './security';
import type { ServedFiles } from './services';
import type { FileResponse } from './services/file-responses';
import { isServedFilePath } from './services/served-files';
import { readStaticFile } from './services/static-files';

/** Headers every app page and asset carries, whichever way it is served. */
export const STATIC_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-cache',
};

function notFound(): Response {
  return new Response('Not found', {
    status: 404,
    headers: { ...STATIC_SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

function fileBody(file: FileResponse, method: string): ReadableStream | null {
  if (method === 'HEAD' || file.body === null) return null;
  const stream = createReadStream(file.body.path, { start: file.body.start, end: file.body.end });
  // Node's and the DOM's ReadableStream types differ only on paper; Electron takes either.
  return Readable.toWeb(stream) as ReadableStream;
}

/**
 * The `app://traindesk/...` handler: the built renderer files, and the stored attachments at
 * `/attachments/<sha256>?name=<name>&download=0|1` (for previews), and nothing else. Loading from a
 * custom scheme rather than file:// gives the app a real origin (for IndexedDB and the CSP) and
 * keeps the rest of the disk unreachable. Attachments follow the same rules as in browser mode:
 * only passive types are shown inline, everything else is an attachment, never a page.
 */
export function createAppProtocolHandler(
  rendererDir: string,
  files: ServedFiles | null = null,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return notFound();
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return notFound();
    if (isServedFilePath(url.pathname)) {
      const served = await files?.get(
        url.pathname,
        url.searchParams,
        request.headers.get('range') ?? undefined,
      );
      if (!served) return notFound();
      return new Response(fileBody(served, request.method), {
        status: served.status,
        headers: served.headers,
      });
    }
    const file = await readStaticFile(rendererDir, url.pathname);
    if (file === null) return notFound();
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(file.body), {
      status: 200,
      headers: { ...STATIC_SECURITY_HEADERS, 'Content-Type': file.contentType },
    });
  };
}
