import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ERROR_CODES } from '../../shared/contract';
import { createServices, dispatch, ServiceError, type ServiceContext, type Services } from './index';

let dataDir: string;
let opened: string[];

function context(overrides: Partial<ServiceContext> = {}): ServiceContext {
  return {
    dataDir,
    version: '1.2.3',
    mode: 'electron',
    osLocale: 'zh-CN',
    platform: 'linux',
    userName: 'li.wei',
    openExternal: async (url) => {
      opened.push(url);
      return true;
    },
    shell: null,
    ...overrides,
  };
}

beforeEach(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'traindesk-services-'));
  opened = [];
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(async () => {
  vi.restoreAllMocks();
  await fs.rm(dataDir, { recursive: true, force: true });
});

describe('calling a service through dispatch', () => {
  it('answers appInfo with the app identity', async () => {
    expect(await dispatch(createServices(context()), 'appInfo', {})).toEqual({
      ok: true,
      data: {
        name: 'TrainDesk',
        version: '1.2.3',
        mode: 'electron',
        dataDir,
        osLocale: 'zh-CN',
        platform: 'linux',
        userName: 'li.wei',
      },
    });
  });

  it('saves settings in the data folder', async () => {
    const services = createServices(context());
    expect(await dispatch(services, 'updateSettings', { language: 'en' })).toMatchObject({
      ok: true,
      data: { language: 'en', attachmentMaxMb: 500 },
    });
    expect(await dispatch(services, 'getSettings', {})).toMatchObject({ ok: true, data: { language: 'en' } });
    expect(JSON.parse(await fs.readFile(path.join(dataDir, 'settings.json'), 'utf8'))).toMatchObject({
      language: 'en',
    });
  });

  it('does not let the renderer claim a backup that was never made', async () => {
    const services = createServices(context());
    const envelope = await dispatch(services, 'updateSettings', { lastBackup: null });
    expect(envelope).toMatchObject({ ok: false, error: { code: ERROR_CODES.badRequest } });
  });

  it('answers a backup folder that cannot be used with backupFolderUnusable', async () => {
    const services = createServices(context());
    const envelope = await dispatch(services, 'updateSettings', { backup: { folder: 'relative/folder' } });
    expect(envelope).toMatchObject({ ok: false, error: { code: ERROR_CODES.backupFolderUnusable } });
  });

  it('refuses a method the contract does not have, including inherited names', async () => {
    const services = createServices(context());
    for (const name of ['deleteEverything', 'constructor', '__proto__', 'toString']) {
      const envelope = await dispatch(services, name, {});
      expect(envelope).toMatchObject({ ok: false, error: { code: ERROR_CODES.unknownMethod } });
    }
  });

  it('refuses a payload outside the request schema and says which field is wrong', async () => {
    const services = createServices(context());
    const wrongType = await dispatch(services, 'updateSettings', { language: 'fr' });
    expect(wrongType).toMatchObject({ ok: false, error: { code: ERROR_CODES.badRequest } });
    expect(!wrongType.ok && wrongType.error.message).toMatch(/^language: /);

    const extraKey = await dispatch(services, 'getSettings', { path: '/etc/passwd' });
    expect(extraKey).toMatchObject({ ok: false, error: { code: ERROR_CODES.badRequest } });

    const notAnObject = await dispatch(services, 'appInfo', 'hello');
    expect(notAnObject).toMatchObject({ ok: false, error: { code: ERROR_CODES.badRequest } });
    await expect(fs.readdir(dataDir)).resolves.toEqual([]);
  });

  it('opens a safe web link with the OS', async () => {
    const envelope = await dispatch(createServices(context()), 'openExternal', {
      url: 'https://example.com/a',
    });
    expect(envelope).toEqual({ ok: true, data: { opened: true } });
    expect(opened).toEqual(['https://example.com/a']);
  });

  it('refuses to open anything that is not a safe web link', async () => {
    const services = createServices(context());
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'https://a@evil.example/']) {
      const envelope = await dispatch(services, 'openExternal', { url });
      expect(envelope).toMatchObject({ ok: false, error: { code: ERROR_CODES.unsafeUrl } });
    }
    expect(opened).toEqual([]);
  });

  it('tells browser mode that nothing was opened', async () => {
    const services = createServices(context({ mode: 'browser', openExternal: async () => false }));
    expect(await dispatch(services, 'openExternal', { url: 'https://example.com' })).toEqual({
      ok: true,
      data: { opened: false },
    });
  });
});

describe('failures inside a service', () => {
  function servicesWith(getSettings: Services['getSettings']): Services {
    return { ...createServices(context()), getSettings };
  }

  it('become an internal error with no stack or path, logged to stderr', async () => {
    const failing = servicesWith(async () => {
      throw new Error('EACCES at /home/li/.config/TrainDesk/settings.json');
    });
    const envelope = await dispatch(failing, 'getSettings', {});
    expect(envelope).toEqual({
      ok: false,
      error: { code: ERROR_CODES.internal, message: 'getSettings failed' },
    });
    expect(console.error).toHaveBeenCalled();
  });

  it('pass a deliberate refusal code through with its message', async () => {
    const refusing = servicesWith(async () => {
      throw new ServiceError('backup.diskFull', 'The disk is full');
    });
    expect(await dispatch(refusing, 'getSettings', {})).toEqual({
      ok: false,
      error: { code: 'backup.diskFull', message: 'The disk is full' },
    });
  });

  it('do not pass Node system error codes through', async () => {
    const failing = servicesWith(async () => {
      throw Object.assign(new Error("ENOENT: no such file, open '/secret/path'"), { code: 'ENOENT' });
    });
    expect(await dispatch(failing, 'getSettings', {})).toEqual({
      ok: false,
      error: { code: ERROR_CODES.internal, message: 'getSettings failed' },
    });
  });

  it('turn an answer outside the response schema into an internal error', async () => {
    const wrongShape = servicesWith(async () => ({ language: 'klingon' }) as never);
    expect(await dispatch(wrongShape, 'getSettings', {})).toMatchObject({
      ok: false,
      error: { code: ERROR_CODES.internal },
    });
  });
});
