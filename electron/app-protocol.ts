import { APP_HOST, CONTENT_SECURITY_POLICY } from './security';
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

/**
 * The `app://traindesk/...` handler: the built renderer files and nothing else. Loading from a
 * custom scheme rather than file:// gives the app a real origin (for IndexedDB and the CSP) and
 * keeps the rest of the disk unreachable.
 */
export function createAppProtocolHandler(rendererDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return notFound();
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return notFound();
    const file = await readStaticFile(rendererDir, url.pathname);
    if (file === null) return notFound();
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(file.body), {
      status: 200,
      headers: { ...STATIC_SECURITY_HEADERS, 'Content-Type': file.contentType },
    });
  };
}
