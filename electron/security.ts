/**
 * The security decisions of the main process and the bridge, as small pure functions so each bad
 * case has a unit test. The Electron glue only calls these; it never re-implements a check.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'traindesk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * 'unsafe-inline' for styles only: Ant Design injects its CSS-in-JS styles at runtime.
 * Scripts stay 'self' so an injected string can never run as code.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

const MAX_EXTERNAL_URL_LENGTH = 2048;

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * The URL parser silently drops tabs, newlines and edge spaces, so a link that looks harmless once
 * parsed may not be the string the user was shown: refuse it instead of guessing.
 */
function hasControlOrSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0x20 || code === 0x7f) return true;
  }
  return false;
}

/** Only plain web links leave the app, opened by the OS browser: no file:, javascript:, custom schemes. */
export function isSafeExternalUrl(url: string): boolean {
  if (url.length === 0 || url.length > MAX_EXTERNAL_URL_LENGTH || hasControlOrSpace(url)) return false;
  const parsed = parseUrl(url);
  if (!parsed) return false;
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  // Credentials in a link are a phishing trick (https://bank.com@evil.example/).
  if (parsed.username !== '' || parsed.password !== '') return false;
  return parsed.hostname !== '';
}

/** A page of the app itself, served by our `app://traindesk` protocol handler. */
export function isAppUrl(url: string): boolean {
  if (hasControlOrSpace(url)) return false;
  const parsed = parseUrl(url);
  if (!parsed) return false;
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

export type SenderFrame = { url: string; isMainFrame: boolean };

/** IPC is answered only for the app's own top frame: an iframe or a foreign page gets nothing. */
export function isTrustedSender(frame: SenderFrame | null): boolean {
  return frame !== null && frame.isMainFrame && isAppUrl(frame.url);
}

/** The window never navigates away from the app; external links go to the OS browser instead. */
export function shouldAllowNavigation(url: string): boolean {
  return isAppUrl(url);
}

/**
 * Permissions the app's own pages may get: copying to the clipboard, and persistent storage so the
 * browser engine never evicts the IndexedDB records under disk pressure. Everything else (camera,
 * geolocation, notifications...) is refused: the app does not need it.
 */
const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write', 'persistent-storage']);

export function isPermissionAllowed(permission: string, requestingUrl: string): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && isAppUrl(requestingUrl);
}

/**
 * The bridge answers only requests addressed to the loopback name it listens on. A web page on a
 * rebinding domain (evil.example resolving to 127.0.0.1) still sends `Host: evil.example:port`.
 */
export function isLoopbackHost(hostHeader: string | undefined, port: number): boolean {
  if (hostHeader === undefined) return false;
  const host = hostHeader.toLowerCase();
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}
