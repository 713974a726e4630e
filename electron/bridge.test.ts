import fs from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES, STAGE_CHUNK_BYTES } from '../shared/contract';
import { MAX_BODY_BYTES, startBridge, type RunningBridge } from './bridge';
import { CONTENT_SECURITY_POLICY } from './security';

/** An address of this machine on a real network interface, if it has one. */
const externalAddress = Object.values(os.networkInterfaces())
  .flat()
  .find((address) => address !== undefined && address.family === 'IPv4' && !address.internal)?.address;

let parent: string;
let dataDir: string;
let bridge: RunningBridge;

type Reply = { status: number; headers: http.IncomingHttpHeaders; body: string };

/** A raw request, so tests can send what a browser would never send (a forged Host, a bad body). */
async function collectReply(res: http.IncomingMessage): Promise<Reply> {
  const chunks: Buffer[] = [];
  for await (const chunk of res) chunks.push(chunk as Buffer);
  return { status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() };
}

function request(
  method: string,
  pathname: string,
  options: { headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: bridge.port,
        method,
        path: pathname,
        headers: { host: `127.0.0.1:${bridge.port}`, ...options.headers },
      },
      (res) => collectReply(res).then(resolve, reject),
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

function callApi(method: string, payload: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  return request('POST', `/api/${method}`, {
    headers: { authorization: `Bearer ${bridge.token}`, 'content-type': 'application/json', ...headers },
    body: JSON.stringify(payload),
  });
}

beforeAll(async () => {
  parent = await fs.mkdtemp(path.join(os.tmpdir(), 'traindesk-bridge-'));
  dataDir = path.join(parent, 'data');
  const rendererDir = path.join(parent, 'renderer');
  await fs.mkdir(path.join(rendererDir, 'assets'), { recursive: true });
  await fs.writeFile(path.join(rendererDir, 'index.html'), '<title>TrainDesk</title>');
  await fs.writeFile(path.join(rendererDir, 'assets', 'app.js'), 'export {}');
  await fs.writeFile(path.join(parent, 'secret.txt'), 'top secret');
  bridge = await startBridge({ dataDir, port: 0, host: '127.0.0.1', rendererDir, version: '9.9.9' });
});

afterAll(async () => {
  await bridge.close();
  await fs.rm(parent, { recursive: true, force: true });
});

describe('browser mode over the loopback bridge', () => {
  it('prints a loopback URL with a fresh token', () => {
    expect(bridge.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{48}$/);
    expect(bridge.url).toBe(`http://127.0.0.1:${bridge.port}/?token=${bridge.token}`);
  });

  it('serves the app page with the CSP and nosniff', async () => {
    const reply = await request('GET', '/');
    expect(reply.status).toBe(200);
    expect(reply.body).toBe('<title>TrainDesk</title>');
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect((await request('GET', '/assets/app.js')).headers['content-type']).toBe(
      'text/javascript; charset=utf-8',
    );
  });

  it.each([
    ['raw parent segments', '/../secret.txt'],
    ['encoded parent segments', '/%2e%2e/secret.txt'],
    ['an encoded slash', '/assets/..%2f..%2fsecret.txt'],
    ['an encoded backslash', '/..%5csecret.txt'],
  ])('refuses to serve files outside the renderer via %s', async (_case, pathname) => {
    const reply = await request('GET', pathname);
    expect(reply.status).toBe(404);
    expect(reply.body).not.toContain('top secret');
  });

  it('keeps settings in settings.json of its data folder', async () => {
    expect(JSON.parse((await callApi('getSettings', {})).body)).toMatchObject({
      ok: true,
      data: { language: null },
    });
    const updated = await callApi('updateSettings', { language: 'zh-CN' });
    expect(updated.status).toBe(200);
    expect(JSON.parse(updated.body)).toMatchObject({ ok: true, data: { language: 'zh-CN' } });
    expect(JSON.parse((await callApi('getSettings', {})).body)).toMatchObject({
      ok: true,
      data: { language: 'zh-CN' },
    });
    expect(JSON.parse(await fs.readFile(path.join(dataDir, 'settings.json'), 'utf8'))).toMatchObject({
      language: 'zh-CN',
    });
  });

  it('says it runs in browser mode and opens no links itself', async () => {
    expect(JSON.parse((await callApi('appInfo', {})).body)).toMatchObject({
      ok: true,
      data: { mode: 'browser', version: '9.9.9', dataDir },
    });
    expect(JSON.parse((await callApi('openExternal', { url: 'https://example.com' })).body)).toEqual({
      ok: true,
      data: { opened: false },
    });
    expect(JSON.parse((await callApi('openExternal', { url: 'file:///etc/passwd' })).body)).toMatchObject({
      ok: false,
      error: { code: ERROR_CODES.unsafeUrl },
    });
  });

  it.each([
    ['no token', {}],
    ['a wrong token', { authorization: 'Bearer 00112233' }],
    ['a token without the Bearer scheme', { authorization: 'TOKEN' }],
  ])('refuses a call with %s', async (_case, headers) => {
    const reply = await request('POST', '/api/updateSettings', {
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ language: 'en' }),
    });
    expect(reply.status).toBe(401);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: ERROR_CODES.forbidden } });
  });

  it('refuses a request addressed to another host name (DNS rebinding)', async () => {
    const reply = await callApi('getSettings', {}, { host: `evil.example:${bridge.port}` });
    expect(reply.status).toBe(403);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: ERROR_CODES.forbidden } });
    expect((await request('GET', '/', { headers: { host: 'evil.example' } })).status).toBe(403);
  });

  it('refuses a payload outside the contract', async () => {
    const reply = await callApi('updateSettings', { language: 'fr', extra: 1 });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: ERROR_CODES.badRequest } });
  });

  it('refuses a body that is not JSON', async () => {
    const reply = await request('POST', '/api/getSettings', {
      headers: { authorization: `Bearer ${bridge.token}` },
      body: '{not json',
    });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: ERROR_CODES.badRequest } });
  });

  it('takes a whole staged piece of a file, the largest call there is', async () => {
    const begun = JSON.parse((await callApi('stageBegin', {})).body) as { data: { stagingId: string } };
    const { stagingId } = begun.data;
    const piece = Buffer.alloc(STAGE_CHUNK_BYTES, 0xa5);
    const reply = await callApi('stageAppend', { stagingId, data: piece.toString('base64') });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ ok: true, data: { size: STAGE_CHUNK_BYTES } });
  });

  it('refuses a body larger than any call', async () => {
    const reply = await callApi('updateSettings', { language: 'x'.repeat(MAX_BODY_BYTES) });
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: ERROR_CODES.badRequest } });
  });

  it('refuses an oversized body sent in chunks, without a declared length', async () => {
    const reply = await new Promise<Reply>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: bridge.port,
          method: 'POST',
          path: '/api/updateSettings',
          headers: {
            host: `127.0.0.1:${bridge.port}`,
            authorization: `Bearer ${bridge.token}`,
            'transfer-encoding': 'chunked',
          },
        },
        (res) => collectReply(res).then(resolve, reject),
      );
      req.on('error', reject);
      req.write('x'.repeat(MAX_BODY_BYTES / 2 + 1));
      req.end('x'.repeat(MAX_BODY_BYTES / 2 + 1));
    });
    expect(reply.status).toBe(413);
  });

  it('answers a malformed request target with 400 and keeps serving', async () => {
    const statusLine = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(bridge.port, '127.0.0.1', () =>
        socket.write(`GET http://[ HTTP/1.1\r\nHost: 127.0.0.1:${bridge.port}\r\nConnection: close\r\n\r\n`),
      );
      let received = '';
      socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
      socket.on('close', () => resolve(received.split('\r\n')[0] ?? ''));
      socket.on('error', reject);
    });
    expect(statusLine).toBe('HTTP/1.1 400 Bad Request');
    expect((await request('GET', '/')).status).toBe(200);
  });

  it('answers an unknown method with its error code', async () => {
    expect(JSON.parse((await callApi('dropDatabase', {})).body)).toMatchObject({
      ok: false,
      error: { code: ERROR_CODES.unknownMethod },
    });
  });

  it('accepts only POST on the API', async () => {
    const reply = await request('GET', '/api/getSettings', {
      headers: { authorization: `Bearer ${bridge.token}` },
    });
    expect(reply.status).toBe(405);
  });

  it.skipIf(externalAddress === undefined)('cannot be reached from the network', async () => {
    const refused = await new Promise<string>((resolve) => {
      const req = http.request({ host: externalAddress, port: bridge.port, path: '/' }, () =>
        resolve('answered'),
      );
      req.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
      req.end();
    });
    expect(refused).toBe('ECONNREFUSED');
  });
});

async function apiData<T>(method: string, payload: unknown): Promise<T> {
  const envelope = JSON.parse((await callApi(method, payload)).body);
  if (!envelope.ok) throw new Error(`${method}: ${JSON.stringify(envelope.error)}`);
  return envelope.data as T;
}

type Ref = { sha256: string; name: string; mime: string; size: number };

async function uploadAttachment(content: string, name: string): Promise<Ref> {
  const { stagingId } = await apiData<{ stagingId: string }>('stageBegin', {});
  await apiData('stageAppend', { stagingId, data: Buffer.from(content).toString('base64') });
  return apiData<Ref>('attachmentAddStaged', { stagingId, name, mime: '' });
}

function attachmentUrl(ref: Ref, query: Record<string, string>): string {
  return `/attachments/${ref.sha256}?${new URLSearchParams({ name: ref.name, ...query })}`;
}

describe('files the browser fetches from the bridge', () => {
  it('serves an attachment for preview, inline, with its type and nosniff', async () => {
    const ref = await uploadAttachment('\x89PNG fake image', '合影.png');
    const reply = await request('GET', attachmentUrl(ref, { download: '0', token: bridge.token }));
    expect(reply.status).toBe(200);
    expect(reply.body).toBe('\x89PNG fake image');
    expect(reply.headers['content-type']).toBe('image/png');
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['content-disposition']).toBe(
      `inline; filename="__.png"; filename*=UTF-8''%E5%90%88%E5%BD%B1.png`,
    );
  });

  it('serves an attachment to save, as an attachment', async () => {
    const ref = await uploadAttachment('slides', 'slides.pdf');
    const reply = await request('GET', attachmentUrl(ref, { download: '1', token: bridge.token }));
    expect(reply.headers['content-disposition']).toMatch(/^attachment; filename="slides.pdf"/);
    expect(reply.headers['content-type']).toBe('application/pdf');
  });

  it('never lets a stored HTML or SVG file render in the app origin', async () => {
    for (const name of ['page.html', 'logo.svg']) {
      const ref = await uploadAttachment('<script>alert(document.domain)</script>', name);
      const reply = await request('GET', attachmentUrl(ref, { download: '0', token: bridge.token }));
      expect(reply.status).toBe(200);
      expect(reply.headers['content-disposition']).toMatch(/^attachment;/);
      expect(reply.headers['content-type']).toBe('application/octet-stream');
      expect(reply.headers['content-security-policy']).toContain('sandbox');
    }
  });

  it('serves a byte range, as a video element asks', async () => {
    const ref = await uploadAttachment('0123456789', 'clip.mp4');
    const reply = await request('GET', attachmentUrl(ref, { token: bridge.token }), {
      headers: { range: 'bytes=2-5' },
    });
    expect(reply.status).toBe(206);
    expect(reply.body).toBe('2345');
    expect(reply.headers['content-range']).toBe('bytes 2-5/10');
  });

  it.each([
    ['no token', {}],
    ['a wrong token', { token: 'f'.repeat(48) }],
    ['an empty token', { token: '' }],
  ])('refuses an attachment with %s', async (_case, query) => {
    const ref = await uploadAttachment('private minutes', 'minutes.txt');
    const reply = await request('GET', attachmentUrl(ref, query));
    expect(reply.status).toBe(401);
    expect(reply.body).not.toContain('private minutes');
  });

  it('wants the token in the URL for files, not in an Authorization header', async () => {
    const ref = await uploadAttachment('private minutes', 'minutes.txt');
    const reply = await request('GET', attachmentUrl(ref, {}), {
      headers: { authorization: `Bearer ${bridge.token}` },
    });
    expect(reply.status).toBe(401);
  });

  it.each([
    ['an unknown hash', `/attachments/${'0'.repeat(64)}?name=a.txt`],
    ['a hash that climbs', '/attachments/..%2f..%2fsettings.json?name=a.txt'],
    ['a name with a folder', '/attachments/HASH?name=..%2F..%2Fa.txt'],
    ['a path below the hash', '/attachments/HASH/extra?name=a.txt'],
  ])('answers 404 for %s', async (_case, pathname) => {
    const ref = await uploadAttachment('known', 'known.txt');
    const url = `${pathname.replace('HASH', ref.sha256)}&token=${bridge.token}`;
    const reply = await request('GET', url);
    expect(reply.status).toBe(404);
    expect(reply.body).not.toContain('known');
  });

  it('refuses a file request addressed to another host name (DNS rebinding)', async () => {
    const ref = await uploadAttachment('secret', 'secret.txt');
    const reply = await request('GET', attachmentUrl(ref, { token: bridge.token }), {
      headers: { host: `evil.example:${bridge.port}` },
    });
    expect(reply.status).toBe(403);
  });

  it('serves a prepared download once the token is right, under its Chinese name', async () => {
    const ref = await uploadAttachment('name,dept\n张伟,客服部\n', '花名册.csv');
    const delivery = await apiData<{ kind: string; downloadId: string; fileName: string }>(
      'attachmentSaveCopy',
      { attachment: ref },
    );
    expect(delivery).toMatchObject({ kind: 'download', fileName: '花名册.csv' });

    const reply = await request('GET', `/downloads/${delivery.downloadId}?token=${bridge.token}`);
    expect(reply.status).toBe(200);
    expect(reply.body).toBe('name,dept\n张伟,客服部\n');
    expect(reply.headers['content-type']).toBe('text/csv');
    expect(reply.headers['content-disposition']).toBe(
      `attachment; filename="___.csv"; filename*=UTF-8''%E8%8A%B1%E5%90%8D%E5%86%8C.csv`,
    );
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['cache-control']).toBe('no-store');

    expect((await request('GET', `/downloads/${delivery.downloadId}`)).status).toBe(401);
    expect((await request('GET', `/downloads/${delivery.downloadId}?token=${'0'.repeat(48)}`)).status).toBe(
      401,
    );
    expect((await request('GET', `/downloads/${'0'.repeat(32)}?token=${bridge.token}`)).status).toBe(404);
  });

  it('accepts only GET and HEAD for files', async () => {
    const ref = await uploadAttachment('x', 'x.txt');
    expect((await request('POST', attachmentUrl(ref, { token: bridge.token }), { body: 'x' })).status).toBe(
      405,
    );
    const head = await request('HEAD', attachmentUrl(ref, { token: bridge.token }));
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe('1');
    expect(head.body).toBe('');
  });
});
