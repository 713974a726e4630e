import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => {
  const windows: FakeWindow[] = [];
  class FakeWindow {
    readyAfterPolls = 2;
    destroyed = false;
    readonly loadURL = vi.fn(async (_url: string) => undefined);
    readonly destroy = vi.fn(() => {
      this.destroyed = true;
    });
    readonly isDestroyed = () => this.destroyed;
    readonly webContents = {
      executeJavaScript: vi.fn(async (_code: string) => --this.readyAfterPolls <= 0),
      printToPDF: vi.fn(async (_options: unknown) => Buffer.from('%PDF-1.7 fake')),
    };
    constructor(readonly options: { show: boolean; webPreferences: Record<string, unknown> }) {
      windows.push(this);
    }
  }
  return {
    windows,
    FakeWindow,
    dialog: {
      showOpenDialog: vi.fn(async (..._args: unknown[]) => ({
        canceled: false,
        filePaths: ['/home/li/a.pdf'],
      })),
      showSaveDialog: vi.fn(async (..._args: unknown[]) => ({
        canceled: false,
        filePath: '/home/li/roster.xlsx',
      })),
    },
    shell: { openPath: vi.fn(async (_path: string) => '') },
  };
});

vi.mock('electron', () => ({
  BrowserWindow: electron.FakeWindow,
  dialog: electron.dialog,
  shell: electron.shell,
}));

const { createNativeShell } = await import('./native-shell');
const { printRouteToPdf } = await import('./print-window');

const parent = { id: 'main window' };
const nativeShell = (withParent = true) =>
  createNativeShell({
    // The fake stands in for Electron's BrowserWindow, which only the dialogs receive.
    parentWindow: () => (withParent ? (parent as never) : null),
    preloadPath: '/app/dist/electron/preload.cjs',
  });

beforeEach(() => {
  vi.clearAllMocks();
  electron.windows.length = 0;
});

describe('the desktop shell the services use', () => {
  it('picks files in a dialog modal to the app window', async () => {
    expect(await nativeShell().pickFiles({ multiple: true })).toEqual(['/home/li/a.pdf']);
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledWith(parent, {
      properties: ['openFile', 'multiSelections'],
    });
    await nativeShell(false).pickFiles({ multiple: false, filters: [{ name: 'Zip', extensions: ['zip'] }] });
    expect(electron.dialog.showOpenDialog).toHaveBeenLastCalledWith({
      properties: ['openFile'],
      filters: [{ name: 'Zip', extensions: ['zip'] }],
    });
  });

  it('answers no files and no folder when a dialog is cancelled', async () => {
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    expect(await nativeShell().pickFiles({ multiple: true })).toEqual([]);
    expect(await nativeShell().pickFolder()).toBeNull();
  });

  it('picks a folder that may be created from the dialog', async () => {
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/media/usb'] });
    expect(await nativeShell().pickFolder()).toBe('/media/usb');
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledWith(parent, {
      properties: ['openDirectory', 'createDirectory'],
    });
  });

  it('suggests the file name in the save dialog, and answers null when cancelled', async () => {
    expect(await nativeShell().pickSavePath('花名册.xlsx')).toBe('/home/li/roster.xlsx');
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(parent, { defaultPath: '花名册.xlsx' });
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    expect(await nativeShell().pickSavePath('a.csv')).toBeNull();
  });

  it('reports whether the OS could open a file', async () => {
    expect(await nativeShell().openPath('/tmp/a.pdf')).toBe(true);
    electron.shell.openPath.mockResolvedValue('No application is associated with this file');
    expect(await nativeShell().openPath('/tmp/a.xyz')).toBe(false);
  });
});

describe('printing a route to PDF', () => {
  it('loads the route in a hidden locked-down window, waits until it is ready, prints A4, closes', async () => {
    const pdf = await nativeShell().printRouteToPdf('/print/roster?course=c1', '培训花名册');
    expect(Buffer.from(pdf).toString()).toBe('%PDF-1.7 fake');
    const [window] = electron.windows;
    expect(window?.options.show).toBe(false);
    expect(window?.options.webPreferences).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(window?.loadURL).toHaveBeenCalledWith('app://traindesk/index.html#/print/roster?course=c1');
    expect(window?.webContents.executeJavaScript).toHaveBeenCalledTimes(2);
    expect(window?.webContents.executeJavaScript.mock.calls[0]?.[0]).toContain(
      "dataset.printReady === 'true'",
    );
    expect(window?.webContents.printToPDF).toHaveBeenCalledWith(
      expect.objectContaining({ pageSize: 'A4', printBackground: true, displayHeaderFooter: true }),
    );
    expect(window?.destroy).toHaveBeenCalled();
  });

  it('gives up on a page that never gets ready, and still closes the window', async () => {
    const printing = printRouteToPdf('/print/never', 'x', '/preload.cjs', 250);
    const window = electron.windows[0];
    if (window) window.readyAfterPolls = Infinity;
    await expect(printing).rejects.toThrow(/did not get ready/);
    expect(window?.webContents.printToPDF).not.toHaveBeenCalled();
    expect(window?.destroy).toHaveBeenCalled();
  });

  it('prints only print routes', async () => {
    await expect(printRouteToPdf('/settings', 'x', '/preload.cjs')).rejects.toThrow();
    expect(electron.windows).toHaveLength(0);
  });
});
