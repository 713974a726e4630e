import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultUserDataDir, resolveInside } from './paths';

describe('the default data folder (what Electron calls userData)', () => {
  it('is ~/.config/TrainDesk on Linux', () => {
    expect(defaultUserDataDir('linux', {}, '/home/li')).toBe('/home/li/.config/TrainDesk');
  });

  it('follows XDG_CONFIG_HOME on Linux, unless it is relative', () => {
    expect(defaultUserDataDir('linux', { XDG_CONFIG_HOME: '/data/conf' }, '/home/li')).toBe(
      '/data/conf/TrainDesk',
    );
    expect(defaultUserDataDir('linux', { XDG_CONFIG_HOME: 'conf' }, '/home/li')).toBe(
      '/home/li/.config/TrainDesk',
    );
  });

  it('is under Application Support on macOS', () => {
    expect(defaultUserDataDir('darwin', {}, '/Users/li')).toBe(
      '/Users/li/Library/Application Support/TrainDesk',
    );
  });

  it('is under %APPDATA% on Windows', () => {
    expect(defaultUserDataDir('win32', { APPDATA: 'C:\\Users\\li\\AppData\\Roaming' }, 'C:\\Users\\li')).toBe(
      'C:\\Users\\li\\AppData\\Roaming\\TrainDesk',
    );
    expect(defaultUserDataDir('win32', {}, 'C:\\Users\\li')).toBe(
      'C:\\Users\\li\\AppData\\Roaming\\TrainDesk',
    );
  });

  it('is TRAINDESK_DATA_DIR when that is set, on every platform', () => {
    for (const platform of ['linux', 'darwin', 'win32']) {
      expect(defaultUserDataDir(platform, { TRAINDESK_DATA_DIR: '/tmp/td' }, '/home/li')).toBe('/tmp/td');
    }
  });
});

describe('resolving a path inside a folder', () => {
  const root = path.resolve('/srv/renderer');

  it('resolves plain relative paths inside the folder', () => {
    expect(resolveInside(root, 'index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveInside(root, 'assets/index-3f2a.js')).toBe(path.join(root, 'assets', 'index-3f2a.js'));
    expect(resolveInside(root, 'assets/培训.png')).toBe(path.join(root, 'assets', '培训.png'));
  });

  it.each([
    ['parent segments', '../secret.txt'],
    ['parent segments in the middle', 'assets/../../secret.txt'],
    ['a lone parent', '..'],
    ['an absolute POSIX path', '/etc/passwd'],
    ['an absolute Windows path', 'C:\\Windows\\win.ini'],
    ['a Windows drive-relative path', 'C:secret'],
    ['a UNC path', '\\\\server\\share'],
    ['backslash separators', 'assets\\..\\..\\secret'],
    ['a NUL byte', 'index.html\u0000.png'],
    ['a control character', 'index\n.html'],
    ['percent-encoded dots', '%2e%2e/secret'],
    ['a percent-encoded slash', '..%2fsecret'],
    ['a double-encoded dot', '%252e%252e/secret'],
    ['fullwidth dots', '\uff0e\uff0e/secret'],
    ['one-dot leaders', '\u2024\u2024/secret'],
    ['a two-dot leader', '\u2025/secret'],
    ['a fullwidth solidus', '..\uff0fsecret'],
    ['a division slash', '..\u2215secret'],
    ['a compatibility character that normalises to something else', 'ﬁle.txt'],
    ['an alternate data stream', 'index.html:hidden'],
    ['an empty path', ''],
    ['a trailing slash', 'assets/'],
    ['an empty segment', 'assets//index.js'],
    ['a dot segment', './index.html'],
  ])('refuses %s', (_case, relative) => {
    expect(resolveInside(root, relative)).toBeNull();
  });
});
