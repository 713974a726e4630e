import { isPermissionAllowed, isSafeExternalUrl, shouldAllowNavigation } from './security';

type PreventableEvent = { preventDefault(): void };

/** The slice of Electron's WebContents the hardening touches, so tests can pass a fake. */
export type WebContentsLike = {
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
  on(
    event: 'will-navigate' | 'will-redirect',
    listener: (event: PreventableEvent & { url: string }) => void,
  ): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
};

export type ShellLike = { openExternal(url: string): Promise<void> };

/**
 * Applied to every web contents the app creates: no new windows (a safe web link goes to the OS
 * browser instead), no navigation away from app://, no <webview>. A page that is tricked into
 * following a link therefore stays the app.
 */
export function hardenWebContents(contents: WebContentsLike, shell: ShellLike): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) {
      shell
        .openExternal(url)
        .catch((error: unknown) => console.error('TrainDesk: could not open a link:', error));
    }
    return { action: 'deny' };
  });
  const blockUnlessApp = (event: PreventableEvent & { url: string }) => {
    if (!shouldAllowNavigation(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', blockUnlessApp);
  contents.on('will-redirect', blockUnlessApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: { requestingUrl: string },
) => void;

/** Denies every permission prompt except the few the app's own pages need. */
export const answerPermissionRequest: PermissionRequestHandler = (
  _contents,
  permission,
  callback,
  details,
) => {
  callback(isPermissionAllowed(permission, details.requestingUrl));
};

export function mainWindowOptions(preloadPath: string) {
  return {
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    title: 'TrainDesk',
    // Shown on 'ready-to-show' so the user never sees an empty white frame.
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
    },
  } as const;
}
