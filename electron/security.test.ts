import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  isAppUrl,
  isLoopbackHost,
  isPermissionAllowed,
  isSafeExternalUrl,
  isTrustedSender,
  shouldAllowNavigation,
} from './security';

describe('opening links in the OS browser', () => {
  it('opens plain web links', () => {
    expect(isSafeExternalUrl('https://example.com/course?id=1#intro')).toBe(true);
    expect(isSafeExternalUrl('http://intranet.local:8080/handbook')).toBe(true);
  });

  it.each([
    ['a local file', 'file:///etc/passwd'],
    ['script', 'javascript:alert(1)'],
    ['inline data', 'data:text/html,<script>alert(1)</script>'],
    ['a custom app scheme', 'ms-settings:network'],
    ['the app itself', 'app://traindesk/index.html'],
    ['a Windows share', '\\\\server\\share\\file.exe'],
    ['credentials before the host', 'https://bank.example@evil.example/'],
    ['a password in the link', 'https://user:secret@example.com/'],
    ['a newline hidden inside', 'https://example.com/\nfile:///x'],
    ['a tab that the parser would drop', 'java\tscript:alert(1)'],
    ['a leading space', ' https://example.com/'],
    ['something unparsable', 'not a url'],
    ['an empty string', ''],
    ['a link longer than the contract allows', `https://example.com/${'a'.repeat(2048)}`],
  ])('refuses %s', (_case, url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
});

describe('recognising the app own pages', () => {
  it('accepts pages of app://traindesk', () => {
    expect(isAppUrl('app://traindesk/index.html')).toBe(true);
    expect(isAppUrl('app://traindesk/index.html#/people')).toBe(true);
  });

  it.each([
    ['another host on the app scheme', 'app://evil/index.html'],
    ['a look-alike host', 'app://traindesk.evil/index.html'],
    ['credentials that move the host', 'app://traindesk@evil/index.html'],
    ['a web page', 'https://traindesk/index.html'],
    ['a local file', 'file:///index.html'],
    ['nothing', ''],
  ])('refuses %s', (_case, url) => {
    expect(isAppUrl(url)).toBe(false);
    expect(shouldAllowNavigation(url)).toBe(false);
  });
});

describe('who may call the main process', () => {
  it('trusts the app top frame', () => {
    expect(isTrustedSender({ url: 'app://traindesk/index.html', isMainFrame: true })).toBe(true);
  });

  it('refuses an iframe even when it shows an app page', () => {
    expect(isTrustedSender({ url: 'app://traindesk/index.html', isMainFrame: false })).toBe(false);
  });

  it('refuses a top frame that navigated elsewhere', () => {
    expect(isTrustedSender({ url: 'https://evil.example/', isMainFrame: true })).toBe(false);
  });

  it('refuses a frame that is already gone', () => {
    expect(isTrustedSender(null)).toBe(false);
  });
});

describe('permission prompts', () => {
  it('lets app pages copy to the clipboard and keep their storage', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://traindesk/index.html')).toBe(true);
    expect(isPermissionAllowed('persistent-storage', 'app://traindesk/index.html')).toBe(true);
  });

  it('refuses everything else, and anything asked by a foreign page', () => {
    expect(isPermissionAllowed('media', 'app://traindesk/index.html')).toBe(false);
    expect(isPermissionAllowed('geolocation', 'app://traindesk/index.html')).toBe(false);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
  });
});

describe('the bridge Host check against DNS rebinding', () => {
  it('accepts the loopback names on the bridge port', () => {
    expect(isLoopbackHost('127.0.0.1:47821', 47821)).toBe(true);
    expect(isLoopbackHost('localhost:47821', 47821)).toBe(true);
    expect(isLoopbackHost('LOCALHOST:47821', 47821)).toBe(true);
  });

  it.each([
    ['a rebinding domain', 'evil.example:47821'],
    ['another port', '127.0.0.1:8080'],
    ['no port', '127.0.0.1'],
    ['a suffix trick', 'localhost:47821.evil.example'],
    ['a prefix trick', 'evil.127.0.0.1:47821'],
    ['an empty header', ''],
    ['no header', undefined],
  ])('refuses %s', (_case, host) => {
    expect(isLoopbackHost(host, 47821)).toBe(false);
  });
});

describe('the content security policy', () => {
  it('allows scripts only from the app and inline styles only for Ant Design', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe/);
    expect(CONTENT_SECURITY_POLICY).toContain("style-src 'self' 'unsafe-inline'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });
});
