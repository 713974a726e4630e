import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract, ERROR_CODES, METHOD_NAMES } from '../shared/contract';
import { handle, registerIpc, type InvokeEventLike, type IpcMainLike } from './ipc';
import { createServices, type Services } from './services';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>;

/** Stands in for Electron's ipcMain: records handlers and refuses duplicates as Electron does. */
function fakeIpcMain() {
  const listeners = new Map<string, Listener>();
  const ipcMain: IpcMainLike = {
    handle(channel, listener) {
      if (listeners.has(channel)) throw new Error(`Electron: second handler for ${channel}`);
      listeners.set(channel, listener);
    },
  };
  const invoke = (channel: string, event: InvokeEventLike, payload: unknown) => {
    const listener = listeners.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return listener(event, payload);
  };
  return { ipcMain, listeners, invoke };
}

const topFrame = (url: string): InvokeEventLike => ({ senderFrame: { url, parent: null } });
const childFrame = (url: string): InvokeEventLike => ({ senderFrame: { url, parent: {} } });
const APP_PAGE = 'app://traindesk/index.html';

let dataDir: string;
let services: Services;

beforeEach(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'traindesk-ipc-'));
  services = createServices({
    dataDir,
    version: '0.1.0',
    mode: 'electron',
    osLocale: 'en-US',
    platform: 'linux',
    userName: 'li',
    openExternal: async () => true,
    shell: null,
  });
});

afterEach(async () => {
  await fs.rm(dataDir, { recursive: true, force: true });
});

describe('IPC from the app window', () => {
  it('binds every contract channel', () => {
    const { ipcMain, listeners } = fakeIpcMain();
    registerIpc(ipcMain, services);
    expect([...listeners.keys()].sort()).toEqual(METHOD_NAMES.map((m) => contract[m].channel).sort());
  });

  it('answers the app top frame through the contract', async () => {
    const { ipcMain, invoke } = fakeIpcMain();
    registerIpc(ipcMain, services);
    expect(
      await invoke(contract.updateSettings.channel, topFrame(APP_PAGE), { language: 'zh-CN' }),
    ).toMatchObject({ ok: true, data: { language: 'zh-CN' } });
    expect(await invoke(contract.getSettings.channel, topFrame(APP_PAGE), {})).toMatchObject({
      ok: true,
      data: { language: 'zh-CN' },
    });
  });

  it('validates the payload before the service runs', async () => {
    const { ipcMain, invoke } = fakeIpcMain();
    registerIpc(ipcMain, services);
    expect(await invoke(contract.updateSettings.channel, topFrame(APP_PAGE), { language: 42 })).toMatchObject(
      {
        ok: false,
        error: { code: ERROR_CODES.badRequest },
      },
    );
    await expect(fs.readdir(dataDir)).resolves.toEqual([]);
  });

  it.each([
    ['an iframe', childFrame(APP_PAGE)],
    ['a foreign page in the top frame', topFrame('https://evil.example/')],
    ['a frame that is gone', { senderFrame: null }],
  ])('refuses %s before anything runs', async (_case, event) => {
    const { ipcMain, invoke } = fakeIpcMain();
    registerIpc(ipcMain, services);
    expect(await invoke(contract.updateSettings.channel, event, { language: 'en' })).toMatchObject({
      ok: false,
      error: { code: ERROR_CODES.forbidden },
    });
    await expect(fs.readdir(dataDir)).resolves.toEqual([]);
  });

  it('refuses to register a channel twice', () => {
    const { ipcMain } = fakeIpcMain();
    handle(ipcMain, 'getSettings', services);
    expect(() => handle(ipcMain, 'getSettings', services)).toThrow(/already registered/);
  });
});
