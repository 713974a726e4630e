import { describe, expect, it, vi } from 'vitest';
import { createElectronPlatform } from './electron-platform';
import { createHttpPlatform, takeBridgeToken } from './http-platform';
import { PlatformError } from './platform';

function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => void data.set(k, v),
  };
}

describe('the browser-mode token', () => {
  it('is taken from the printed URL, kept for reloads and removed from the address bar', () => {
    const storage = memoryStorage();
    const history = { state: null, replaceState: vi.fn() } as unknown as History;
    const first = takeBridgeToken(
      { href: 'http://127.0.0.1:5/?token=abc#/people' } as Location,
      storage,
      history,
    );
    expect(first).toBe('abc');
    expect(history.replaceState).toHaveBeenCalledWith(null, '', '/#/people');
    const reload = takeBridgeToken({ href: 'http://127.0.0.1:5/#/people' } as Location, storage, history);
    expect(reload).toBe('abc');
  });
});

describe('calling the main process', () => {
  it('sends the token and unwraps a successful answer', async () => {
    const fetchImpl = vi.fn(async () => Response.json({ ok: true, data: { language: 'en' } }));
    const platform = createHttpPlatform('http://127.0.0.1:5', 'tok', fetchImpl as typeof fetch);
    await expect(platform.call('getSettings', {})).resolves.toEqual({ language: 'en' });
    expect(fetchImpl).toHaveBeenCalledWith(
      'http://127.0.0.1:5/api/getSettings',
      expect.objectContaining({ headers: expect.objectContaining({ authorization: 'Bearer tok' }) }),
    );
  });

  it('turns a refusal into a PlatformError carrying its code', async () => {
    const fetchImpl = async () =>
      Response.json({ ok: false, error: { code: 'forbidden', message: 'no' } }, { status: 401 });
    const platform = createHttpPlatform('http://x', null, fetchImpl as typeof fetch);
    await expect(platform.call('appInfo', {})).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('says the service is unreachable when the bridge is gone', async () => {
    const platform = createHttpPlatform('http://x', 't', (async () => {
      throw new TypeError('fetch failed');
    }) as typeof fetch);
    const error = await platform.call('appInfo', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlatformError);
    expect(error).toMatchObject({ code: 'bridgeUnreachable' });
  });

  it('calls the named preload method in Electron', async () => {
    const bridge = {
      appInfo: vi.fn(async () => ({ ok: true as const, data: { name: 'TrainDesk' } })),
    } as unknown as Parameters<typeof createElectronPlatform>[0];
    await expect(createElectronPlatform(bridge).call('appInfo', {})).resolves.toEqual({ name: 'TrainDesk' });
  });
});
