import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { pipeline } from 'node:stream/promises';
import { ERROR_CODES, STAGE_CHUNK_BYTES, type Envelope } from '../shared/contract';
import { STATIC_SECURITY_HEADERS } from './app-protocol';
import { isLoopbackHost } from './security';
import { createServiceRuntime, dispatch } from './services';
import type { FileResponse } from './services/file-responses';
import { isServedFilePath } from './services/served-files';
import { osLocaleFrom } from './services/os-locale';
import { currentUserName } from './services/os-user';
import { readStaticFile } from './services/static-files';

export type BridgeOptions = {
  dataDir: string;
  /** 0 picks a free port. */
  port: number;
  /** Loopback only: the bridge serves one person's data and must never be reachable from the network. */
  host?: '127.0.0.1';
  rendererDir: string;
  version: string;
};

export type RunningBridge = { url: string; token: string; port: number; close(): Promise<void> };

/**
 * The largest call is a staged piece of a file: STAGE_CHUNK_BYTES as base64 (4/3 as long) in JSON.
 * Anything much larger is not ours.
 */
export const MAX_BODY_BYTES = Math.ceil((STAGE_CHUNK_BYTES * 4) / 3) + 64 * 1024;
const API_PREFIX = '/api/';

class HttpRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const JSON_HEADERS = {
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
};

function sendEnvelope(res: http.ServerResponse, status: number, envelope: Envelope<unknown>): void {
  res.writeHead(status, JSON_HEADERS);
  res.end(JSON.stringify(envelope));
}

function sendRefusal(res: http.ServerResponse, refusal: HttpRefusal): void {
  sendEnvelope(res, refusal.status, { ok: false, error: { code: refusal.code, message: refusal.message } });
}

function sendText(
  res: http.ServerResponse,
  status: number,
  text: string,
  extra: Record<string, string> = {},
): void {
  res.writeHead(status, {
    ...STATIC_SECURITY_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    ...extra,
  });
  res.end(text);
}

/** Hashing both sides first gives equal lengths, which timingSafeEqual needs, without leaking the length. */
function isToken(presented: string | null | undefined, token: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return (
    typeof presented === 'string' && presented !== '' && timingSafeEqual(digest(presented), digest(token))
  );
}

function bearerTokenMatches(authorization: string | undefined, token: string): boolean {
  return isToken(authorization?.startsWith('Bearer ') ? authorization.slice('Bearer '.length) : '', token);
}

async function sendFile(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  file: FileResponse,
): Promise<void> {
  res.writeHead(file.status, file.headers);
  if (req.method === 'HEAD' || file.body === null) {
    res.end();
    return;
  }
  await pipeline(createReadStream(file.body.path, { start: file.body.start, end: file.body.end }), res);
}

function tooLarge(): HttpRefusal {
  return new HttpRefusal(413, ERROR_CODES.badRequest, 'Request body is too large');
}

function readJsonBody(req: http.IncomingMessage): Promise<unknown> {
  if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) {
        chunks.push(chunk);
        return;
      }
      // Keep draining without storing, so the 413 answer can still be written on this socket.
      req.off('data', onData);
      req.resume();
      reject(tooLarge());
    };
    req.on('data', onData);
    req.once('error', reject);
    req.once('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch {
        reject(new HttpRefusal(400, ERROR_CODES.badRequest, 'Request body is not JSON'));
      }
    });
  });
}

function urlOf(req: http.IncomingMessage): URL {
  try {
    return new URL(req.url ?? '/', 'http://127.0.0.1');
  } catch {
    throw new HttpRefusal(400, ERROR_CODES.badRequest, 'Malformed request target');
  }
}

function asRefusal(error: unknown): HttpRefusal {
  if (error instanceof HttpRefusal) return error;
  console.error('TrainDesk bridge: request failed:', error);
  return new HttpRefusal(500, ERROR_CODES.internal, 'Request failed');
}

/**
 * Serves the built renderer and the IPC contract over HTTP on loopback, with the very same services
 * and `dispatch` as Electron, so the whole app runs in a plain browser (end-to-end tests, machines
 * without the Electron binary). Every API call needs this run's random token; every request must
 * name the loopback host, so a DNS-rebinding page cannot talk to it.
 */
export async function startBridge(options: BridgeOptions): Promise<RunningBridge> {
  const host = options.host ?? '127.0.0.1';
  const token = randomBytes(24).toString('hex');
  const { services, files } = createServiceRuntime({
    dataDir: options.dataDir,
    version: options.version,
    mode: 'browser',
    osLocale: osLocaleFrom(Intl.DateTimeFormat().resolvedOptions().locale, process.env),
    platform: process.platform,
    userName: currentUserName(),
    // A server cannot open a window on the user's screen; the renderer falls back to window.open.
    openExternal: async () => false,
    // No native dialogs here: files reach the user as downloads from /downloads/<id>.
    shell: null,
  });
  let port = options.port;

  async function handleApi(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    method: string,
  ): Promise<void> {
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      throw new HttpRefusal(405, ERROR_CODES.badRequest, 'Use POST');
    }
    if (!bearerTokenMatches(req.headers.authorization, token)) {
      throw new HttpRefusal(401, ERROR_CODES.forbidden, 'Missing or wrong token');
    }
    const payload = await readJsonBody(req);
    sendEnvelope(res, 200, await dispatch(services, method, payload));
  }

  async function handleStatic(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    pathname: string,
  ): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendText(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
      return;
    }
    const file = await readStaticFile(options.rendererDir, pathname);
    if (file === null) {
      sendText(res, 404, 'Not found');
      return;
    }
    res.writeHead(200, { ...STATIC_SECURITY_HEADERS, 'Content-Type': file.contentType });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  }

  /**
   * Attachments and downloads, fetched by <img>, <iframe> and links, which cannot send an
   * Authorization header: the token comes as a `token` query parameter instead.
   */
  async function handleFile(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendText(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
      return;
    }
    if (!isToken(url.searchParams.get('token'), token)) {
      sendText(res, 401, 'Missing or wrong token');
      return;
    }
    const file = await files.get(url.pathname, url.searchParams, req.headers.range);
    if (file === null) {
      sendText(res, 404, 'Not found');
      return;
    }
    await sendFile(req, res, file);
  }

  async function handleRequest(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    let isApi = false;
    try {
      const url = urlOf(req);
      const pathname = url.pathname;
      isApi = pathname.startsWith(API_PREFIX);
      if (!isLoopbackHost(req.headers.host, port)) {
        throw new HttpRefusal(403, ERROR_CODES.forbidden, 'Wrong Host header');
      }
      if (isApi) await handleApi(req, res, pathname.slice(API_PREFIX.length));
      else if (isServedFilePath(pathname)) await handleFile(req, res, url);
      else await handleStatic(req, res, pathname);
    } catch (error) {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      const refusal = asRefusal(error);
      // The rest of an oversized body is not worth reading: answer and drop the connection.
      if (refusal.status === 413) res.setHeader('Connection', 'close');
      if (isApi) sendRefusal(res, refusal);
      else sendText(res, refusal.status, refusal.message);
    }
  }

  const server = http.createServer((req, res) => void handleRequest(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://${host}:${port}/?token=${token}`,
    token,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Browsers keep connections alive; without this, close() would wait for them to time out.
        server.closeAllConnections();
      }),
  };
}
