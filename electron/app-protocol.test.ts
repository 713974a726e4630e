import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppProtocolHandler } from './app-protocol';
import { CONTENT_SECURITY_POLICY } from './security';
import { createAttachmentStore } from './services/attachment-store';
import { createServedFiles } from './services/served-files';

let parent: string;
let handler: (request: Request) => Promise<Response>;
let stored: { page: string; photo: string };

beforeAll(async () => {
  parent = await fs.mkdtemp(path.join(os.tmpdir(), 'traindesk-protocol-'));
  const rendererDir = path.join(parent, 'renderer');
  await fs.mkdir(path.join(rendererDir, 'assets'), { recursive: true });
  await fs.writeFile(path.join(rendererDir, 'index.html'), '<title>TrainDesk</title>');
  await fs.writeFile(path.join(rendererDir, 'assets', 'app.js'), 'export {}');
  await fs.writeFile(path.join(parent, 'secret.txt'), 'secret');
  const store = createAttachmentStore(path.join(parent, 'attachments'));
  await fs.writeFile(path.join(parent, 'page.html'), '<script>alert(1)</script>');
  await fs.writeFile(path.join(parent, 'photo.jpg'), 'jpeg bytes');
  stored = {
    page: (await store.putFile(path.join(parent, 'page.html'))).sha256,
    photo: (await store.putFile(path.join(parent, 'photo.jpg'))).sha256,
  };
  handler = createAppProtocolHandler(rendererDir, createServedFiles(store, null));
});

afterAll(async () => {
  await fs.rm(parent, { recursive: true, force: true });
});

describe('the app:// protocol', () => {
  it('serves the renderer with the CSP and nosniff headers', async () => {
    const response = await handler(new Request('app://traindesk/index.html'));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('<title>TrainDesk</title>');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });

  it('serves module scripts as JavaScript', async () => {
    const response = await handler(new Request('app://traindesk/assets/app.js'));
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it.each([
    ['another host', 'app://other/index.html'],
    ['an encoded climb out of the folder', 'app://traindesk/%2e%2e/secret.txt'],
    ['an encoded slash climb', 'app://traindesk/..%2fsecret.txt'],
    ['a missing file', 'app://traindesk/nothing.js'],
  ])('answers 404 for %s', async (_case, url) => {
    const response = await handler(new Request(url));
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('secret');
  });

  it('answers 404 to anything but GET and HEAD', async () => {
    const response = await handler(new Request('app://traindesk/index.html', { method: 'POST', body: 'x' }));
    expect(response.status).toBe(404);
  });
});

describe('attachments over app://', () => {
  it('serves a stored image for preview, inline, with nosniff', async () => {
    const response = await handler(
      new Request(`app://traindesk/attachments/${stored.photo}?name=%E7%85%A7%E7%89%87.jpg`),
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('jpeg bytes');
    expect(response.headers.get('content-type')).toBe('image/jpeg');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-disposition')).toBe(
      `inline; filename="__.jpg"; filename*=UTF-8''%E7%85%A7%E7%89%87.jpg`,
    );
  });

  it('serves a stored HTML file only as an opaque attachment, never as a page of the app', async () => {
    const response = await handler(
      new Request(`app://traindesk/attachments/${stored.page}?name=page.html&download=0`),
    );
    expect(response.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(response.headers.get('content-type')).toBe('application/octet-stream');
    expect(response.headers.get('content-security-policy')).toContain('sandbox');
  });

  it('serves a byte range for media', async () => {
    const response = await handler(
      new Request(`app://traindesk/attachments/${stored.photo}?name=clip.mp4`, {
        headers: { range: 'bytes=0-3' },
      }),
    );
    expect(response.status).toBe(206);
    expect(await response.text()).toBe('jpeg');
  });

  it.each([
    ['an unknown hash', `app://traindesk/attachments/${'0'.repeat(64)}?name=a.jpg`],
    ['a climbing hash', 'app://traindesk/attachments/..%2f..%2fsecret.txt?name=a.txt'],
    ['a climbing name', 'app://traindesk/attachments/PHOTO?name=..%2Fsecret.txt'],
    ['downloads, which the desktop app does not have', `app://traindesk/downloads/${'0'.repeat(32)}`],
  ])('answers 404 for %s', async (_case, url) => {
    const response = await handler(new Request(url.replace('PHOTO', stored.photo)));
    expect(response.status).toBe(404);
  });
});
