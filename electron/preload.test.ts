import { describe, expect, it, vi } from 'vitest';
import { contract, ERROR_CODES, METHOD_NAMES, type TrainDeskBridge } from '../shared/contract';

const electron = vi.hoisted(() => ({
  exposeInMainWorld: vi.fn((_key: string, _api: object) => undefined),
  invoke: vi.fn(async (channel: string, request: unknown) => ({ ok: true, data: { channel, request } })),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: electron.exposeInMainWorld },
  ipcRenderer: { invoke: electron.invoke },
}));

const { buildApi } = await import('./preload');

describe('the API the preload gives the page', () => {
  it('is exposed as window.traindesk, with one function per contract method and nothing else', () => {
    expect(electron.exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [key, api] = electron.exposeInMainWorld.mock.calls[0] ?? [];
    expect(key).toBe('traindesk');
    expect(Object.keys(api ?? {}).sort()).toEqual([...METHOD_NAMES].sort());
    for (const value of Object.values(api ?? {})) expect(typeof value).toBe('function');
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('ipcRenderer');
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('sends each method on its own contract channel', async () => {
    const api = electron.exposeInMainWorld.mock.calls[0]?.[1] as TrainDeskBridge;
    await api.updateSettings({ language: 'en' });
    expect(electron.invoke).toHaveBeenLastCalledWith(contract.updateSettings.channel, { language: 'en' });
  });

  it('turns a failed invoke into an error envelope instead of a rejection', async () => {
    const api = buildApi(async () => {
      throw new Error("No handler registered for 'app:info'");
    });
    await expect(api.appInfo({})).resolves.toMatchObject({
      ok: false,
      error: { code: ERROR_CODES.internal },
    });
  });
});
