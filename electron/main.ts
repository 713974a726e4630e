import path from 'node:path';
import { app, BrowserWindow, ipcMain, protocol, session, shell } from 'electron';
import { createAppProtocolHandler } from './app-protocol';
import { registerIpc } from './ipc';
import { createNativeShell } from './native-shell';
import { APP_ORIGIN, APP_SCHEME } from './security';
import { createServiceRuntime } from './services';
import { DATA_DIR_ENV } from './services/paths';
import { currentUserName } from './services/os-user';
import { answerPermissionRequest, hardenWebContents, mainWindowOptions } from './window';

// Privileges can only be granted before 'ready'. `standard` + `secure` give app:// a real origin
// with IndexedDB and a secure context; `supportFetchAPI` lets the page fetch its own assets;
// `stream` lets <video> and <audio> play (and seek in) attachments served from it.
// `corsEnabled` stays off on purpose: it would let other origins read app:// responses.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
]);

// Set before anything reads it: Chromium keeps IndexedDB under userData, and the single-instance
// lock is per userData folder, so a test on a temp folder never collides with the user's app.
const dataDirOverride = process.env[DATA_DIR_ENV];
if (dataDirOverride) app.setPath('userData', path.resolve(dataDirOverride));

let mainWindow: BrowserWindow | null = null;
/** A window opened before IPC and the app:// handler are in place would show an error page. */
let servicesReady = false;

function preloadPath(): string {
  return path.join(app.getAppPath(), 'dist/electron/preload.cjs');
}

function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(preloadPath()));
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    mainWindow = null;
  });
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}

function showMainWindow(): void {
  if (!servicesReady) return;
  if (mainWindow === null) {
    mainWindow = createMainWindow();
    return;
  }
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

async function start(): Promise<void> {
  await app.whenReady();
  const { services, files } = createServiceRuntime({
    dataDir: app.getPath('userData'),
    version: app.getVersion(),
    mode: 'electron',
    osLocale: app.getLocale(),
    platform: process.platform,
    userName: currentUserName(),
    openExternal: (url) =>
      shell.openExternal(url).then(
        () => true,
        () => false,
      ),
    shell: createNativeShell({ parentWindow: () => mainWindow, preloadPath: preloadPath() }),
  });
  registerIpc(ipcMain, services);
  protocol.handle(APP_SCHEME, createAppProtocolHandler(path.join(app.getAppPath(), 'dist/renderer'), files));
  session.defaultSession.setPermissionRequestHandler(answerPermissionRequest);
  servicesReady = true;
  showMainWindow();
}

if (!app.requestSingleInstanceLock()) {
  // Two windows on one IndexedDB would fight over it: hand over to the running instance.
  app.quit();
} else {
  app.on('second-instance', showMainWindow);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, shell));
  // macOS keeps the app running with no window; clicking the dock icon opens one again.
  app.on('activate', showMainWindow);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  start().catch((error: unknown) => {
    console.error('TrainDesk could not start:', error);
    app.exit(1);
  });
}
