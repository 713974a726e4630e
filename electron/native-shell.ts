import { dialog, shell, type BrowserWindow, type OpenDialogOptions } from 'electron';
import { printRouteToPdf } from './print-window';
import type { NativeShell } from './services';

/**
 * The desktop shell the services use: Electron's dialogs (modal to the app window when there is
 * one), the OS's "open with", and printing routes to PDF.
 */
export function createNativeShell(options: {
  parentWindow: () => BrowserWindow | null;
  preloadPath: string;
}): NativeShell {
  async function showOpen(dialogOptions: OpenDialogOptions): Promise<string[]> {
    const parent = options.parentWindow();
    const result = parent
      ? await dialog.showOpenDialog(parent, dialogOptions)
      : await dialog.showOpenDialog(dialogOptions);
    return result.canceled ? [] : result.filePaths;
  }

  return {
    pickFiles: ({ multiple, filters }) =>
      showOpen({
        properties: multiple ? ['openFile', 'multiSelections'] : ['openFile'],
        ...(filters ? { filters } : {}),
      }),

    async pickSavePath(defaultFileName) {
      const parent = options.parentWindow();
      const saveOptions = { defaultPath: defaultFileName };
      const result = parent
        ? await dialog.showSaveDialog(parent, saveOptions)
        : await dialog.showSaveDialog(saveOptions);
      return result.canceled || !result.filePath ? null : result.filePath;
    },

    async pickFolder() {
      const [folder] = await showOpen({ properties: ['openDirectory', 'createDirectory'] });
      return folder ?? null;
    },

    // Electron answers an error message, or '' when the OS opened the file.
    openPath: async (absolutePath) => (await shell.openPath(absolutePath)) === '',

    printRouteToPdf: (route, title) => printRouteToPdf(route, title, options.preloadPath),
  };
}
