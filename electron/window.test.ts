import { describe, expect, it, vi } from 'vitest';
import {
  answerPermissionRequest,
  hardenWebContents,
  mainWindowOptions,
  type WebContentsLike,
} from './window';

type Listener = (event: { url: string; preventDefault(): void }) => void;

function fakeWebContents() {
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  const listeners = new Map<string, Listener>();
  const contents: WebContentsLike = {
    setWindowOpenHandler(handler) {
      openHandler = handler;
    },
    on(event: string, listener: Listener) {
      listeners.set(event, listener);
      return contents;
    },
  };
  const fire = (event: string, url = '') => {
    const preventDefault = vi.fn();
    listeners.get(event)?.({ url, preventDefault });
    return preventDefault.mock.calls.length > 0;
  };
  const open = (url: string) => openHandler?.({ url });
  return { contents, fire, open };
}

function fakeShell() {
  return { openExternal: vi.fn(async (_url: string) => undefined) };
}

describe('the app window', () => {
  it('opens no new windows; a safe web link goes to the OS browser', () => {
    const { contents, open } = fakeWebContents();
    const shell = fakeShell();
    hardenWebContents(contents, shell);
    expect(open('https://example.com/handbook')).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.com/handbook');
  });

  it('opens nothing for unsafe links', () => {
    const { contents, open } = fakeWebContents();
    const shell = fakeShell();
    hardenWebContents(contents, shell);
    expect(open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(open('app://traindesk/index.html')).toEqual({ action: 'deny' });
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('stays on the app: navigation and redirects elsewhere are blocked', () => {
    const { contents, fire } = fakeWebContents();
    hardenWebContents(contents, fakeShell());
    expect(fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fire('will-redirect', 'https://evil.example/')).toBe(true);
    expect(fire('will-navigate', 'app://traindesk/index.html#/people')).toBe(false);
  });

  it('refuses <webview> tags', () => {
    const { contents, fire } = fakeWebContents();
    hardenWebContents(contents, fakeShell());
    expect(fire('will-attach-webview')).toBe(true);
  });

  it('is created with the locked-down web preferences', () => {
    expect(mainWindowOptions('/app/dist/electron/preload.cjs').webPreferences).toEqual({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
    });
  });

  it('answers permission prompts with no unless the app needs the permission', () => {
    const answers: boolean[] = [];
    const record = (granted: boolean) => answers.push(granted);
    answerPermissionRequest(null, 'media', record, { requestingUrl: 'app://traindesk/index.html' });
    answerPermissionRequest(null, 'clipboard-sanitized-write', record, { requestingUrl: 'app://traindesk/' });
    expect(answers).toEqual([false, true]);
  });
});
