import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { contract, METHOD_NAMES } from '../shared/contract';

type Handler = (...args: unknown[]) => unknown;

/** A fresh fake of the Electron API per test; the mock below reads whichever is current. */
function createFakeElectron(options: { gotLock: boolean; userData: string; ready: Promise<void> }) {
  const appHandlers = new Map<string, Handler>();
  const windows: FakeWindow[] = [];

  class FakeWindow {
    readonly loadURL = vi.fn(async (_url: string) => undefined);
    readonly focus = vi.fn();
    readonly restore = vi.fn();
    readonly show = vi.fn();
    readonly once = vi.fn();
    readonly on = vi.fn();
    readonly isMinimized = vi.fn(() => false);
    constructor(readonly options: { webPreferences: Record<string, unknown> }) {
      windows.push(this);
    }
  }

  return {
    windows,
    appHandlers,
    app: {
      requestSingleInstanceLock: vi.fn(() => options.gotLock),
      whenReady: vi.fn(() => options.ready),
      isReady: vi.fn(() => true),
      quit: vi.fn(),
      exit: vi.fn(),
      on: vi.fn((event: string, handler: Handler) => appHandlers.set(event, handler)),
      setPath: vi.fn(),
      getPath: vi.fn((_name: string) => options.userData),
      getVersion: vi.fn(() => '0.1.0'),
      getLocale: vi.fn(() => 'zh-CN'),
      getAppPath: vi.fn(() => '/opt/traindesk'),
    },
    BrowserWindow: FakeWindow,
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    ipcMain: { handle: vi.fn() },
    shell: { openExternal: vi.fn(async () => undefined), openPath: vi.fn(async () => '') },
    dialog: {
      showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
      showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: '' })),
    },
    session: { defaultSession: { setPermissionRequestHandler: vi.fn() } },
  };
}

const holder = vi.hoisted(() => ({ current: undefined as unknown as ReturnType<typeof createFakeElectron> }));

vi.mock('electron', () => ({
  get app() {
    return holder.current.app;
  },
  get BrowserWindow() {
    return holder.current.BrowserWindow;
  },
  get protocol() {
    return holder.current.protocol;
  },
  get ipcMain() {
    return holder.current.ipcMain;
  },
  get shell() {
    return holder.current.shell;
  },
  get session() {
    return holder.current.session;
  },
  get dialog() {
    return holder.current.dialog;
  },
}));

let userData: string;

async function launch(gotLock = true, ready: Promise<void> = Promise.resolve()) {
  holder.current = createFakeElectron({ gotLock, userData, ready });
  vi.resetModules();
  await import('./main');
  return holder.current;
}

beforeEach(async () => {
  userData = await fs.mkdtemp(path.join(os.tmpdir(), 'traindesk-main-'));
});

afterEach(async () => {
  vi.unstubAllEnvs();
  await fs.rm(userData, { recursive: true, force: true });
});

describe('starting the desktop app', () => {
  it('makes app:// a standard, secure scheme before Electron is ready', async () => {
    const electron = await launch();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
    ]);
    expect(electron.protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0]).toBeLessThan(
      electron.app.whenReady.mock.invocationCallOrder[0] ?? Infinity,
    );
  });

  it('opens one locked-down window on the app page', async () => {
    const electron = await launch();
    await vi.waitFor(() => expect(electron.windows).toHaveLength(1));
    const [window] = electron.windows;
    expect(window?.options.webPreferences).toMatchObject({
      preload: path.join('/opt/traindesk', 'dist/electron/preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(window?.loadURL).toHaveBeenCalledWith('app://traindesk/index.html');
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
  });

  it('binds every contract channel to services working in the user-data folder', async () => {
    const electron = await launch();
    await vi.waitFor(() => expect(electron.windows).toHaveLength(1));
    const channels = electron.ipcMain.handle.mock.calls.map(([channel]) => channel);
    expect(channels.sort()).toEqual(METHOD_NAMES.map((m) => contract[m].channel).sort());

    const appInfo = electron.ipcMain.handle.mock.calls.find(
      ([channel]) => channel === contract.appInfo.channel,
    );
    const listener = appInfo?.[1] as Handler;
    const fromAppWindow = { senderFrame: { url: 'app://traindesk/index.html', parent: null } };
    expect(await listener(fromAppWindow, {})).toMatchObject({
      ok: true,
      data: { mode: 'electron', dataDir: userData, osLocale: 'zh-CN', version: '0.1.0' },
    });
  });

  it('gives the services the native dialogs, modal to the app window', async () => {
    const electron = await launch();
    await vi.waitFor(() => expect(electron.windows).toHaveLength(1));
    const pick = electron.ipcMain.handle.mock.calls.find(
      ([channel]) => channel === contract.attachmentPick.channel,
    );
    const listener = pick?.[1] as Handler;
    const fromAppWindow = { senderFrame: { url: 'app://traindesk/index.html', parent: null } };
    expect(await listener(fromAppWindow, {})).toEqual({ ok: true, data: { attachments: [] } });
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledWith(electron.windows[0], {
      properties: ['openFile', 'multiSelections'],
    });
  });

  it('serves stored attachments on app://', async () => {
    const electron = await launch();
    await vi.waitFor(() => expect(electron.windows).toHaveLength(1));
    const serve = electron.protocol.handle.mock.calls[0]?.[1] as (request: Request) => Promise<Response>;
    const stored = path.join(userData, 'attachments', 'ab', `ab${'0'.repeat(62)}`);
    await fs.mkdir(path.dirname(stored), { recursive: true });
    await fs.writeFile(stored, 'scan');
    const response = await serve(
      new Request(`app://traindesk/attachments/ab${'0'.repeat(62)}?name=scan.png`),
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('scan');
  });

  it('keeps its data in TRAINDESK_DATA_DIR when that is set, before taking the instance lock', async () => {
    vi.stubEnv('TRAINDESK_DATA_DIR', 'relative/data');
    const electron = await launch();
    expect(electron.app.setPath).toHaveBeenCalledWith('userData', path.resolve('relative/data'));
    expect(electron.app.setPath.mock.invocationCallOrder[0]).toBeLessThan(
      electron.app.requestSingleInstanceLock.mock.invocationCallOrder[0] ?? 0,
    );
  });

  it('uses the default user-data folder otherwise', async () => {
    vi.stubEnv('TRAINDESK_DATA_DIR', '');
    const electron = await launch();
    expect(electron.app.setPath).not.toHaveBeenCalled();
  });

  it('hands over to a running instance instead of opening a second window', async () => {
    const electron = await launch(false);
    expect(electron.app.quit).toHaveBeenCalled();
    expect(electron.app.whenReady).not.toHaveBeenCalled();
    expect(electron.windows).toHaveLength(0);
  });

  it('brings the existing window forward when the app is started again', async () => {
    const electron = await launch();
    await vi.waitFor(() => expect(electron.windows).toHaveLength(1));
    electron.appHandlers.get('second-instance')?.();
    expect(electron.windows).toHaveLength(1);
    expect(electron.windows[0]?.focus).toHaveBeenCalled();
  });

  it('opens no window for a second launch that arrives before Electron is ready', async () => {
    let becomeReady = () => {};
    const electron = await launch(true, new Promise<void>((resolve) => (becomeReady = resolve)));
    electron.appHandlers.get('second-instance')?.();
    electron.appHandlers.get('activate')?.();
    expect(electron.windows).toHaveLength(0);
    becomeReady();
    await vi.waitFor(() => expect(electron.windows).toHaveLength(1));
  });

  it('hardens every web contents Electron creates', async () => {
    const electron = await launch();
    const contents = { setWindowOpenHandler: vi.fn(), on: vi.fn() };
    electron.appHandlers.get('web-contents-created')?.({}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
    expect(contents.on).toHaveBeenCalledWith('will-navigate', expect.any(Function));
  });
});
