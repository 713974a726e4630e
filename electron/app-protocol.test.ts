import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppProtocolHandler } from './app-protocol';
import { CONTENT_SECURITY_POLICY } from './security';

let parent: string;
let handler: (request: Request) => Promise<Response>;

beforeAll(async () => {
  parent = await fs.mkdtemp(path.join(os.tmpdir(), 'traindesk-protocol-'));
  const rendererDir = path.join(parent, 'renderer');
  await fs.mkdir(path.join(rendererDir, 'assets'), { recursive: true });
  await fs.writeFile(path.join(rendererDir, 'index.html'), '<title>TrainDesk</title>');
  await fs.writeFile(path.join(rendererDir, 'assets', 'app.js'), 'export {}');
  await fs.writeFile(path.join(parent, 'secret.txt'), 'secret');
  handler = createAppProtocolHandler(rendererDir);
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
