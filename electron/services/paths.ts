import path from 'node:path';

export const APP_NAME = 'TrainDesk';
export const DATA_DIR_ENV = 'TRAINDESK_DATA_DIR';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The folder Electron's `app.getPath('userData')` gives for this app, computed without Electron so
 * browser mode reads and writes the very same settings. TRAINDESK_DATA_DIR wins (tests, portable use).
 * Pure: the caller passes the platform, environment and home folder.
 */
export function defaultUserDataDir(platform: string, env: Env, homedir: string): string {
  const override = env[DATA_DIR_ENV];
  if (override) return override;
  if (platform === 'win32') {
    return path.win32.join(env.APPDATA || path.win32.join(homedir, 'AppData', 'Roaming'), APP_NAME);
  }
  if (platform === 'darwin') {
    return path.posix.join(homedir, 'Library', 'Application Support', APP_NAME);
  }
  // Chromium follows the XDG spec, which says to ignore a relative XDG_CONFIG_HOME.
  const xdgConfigHome = env.XDG_CONFIG_HOME;
  const configHome =
    xdgConfigHome && path.posix.isAbsolute(xdgConfigHome)
      ? xdgConfigHome
      : path.posix.join(homedir, '.config');
  return path.posix.join(configHome, APP_NAME);
}

/**
 * Characters that render as, or normalise to, a dot or a slash: a path built from them can read as
 * harmless in a log and still climb out of its folder once some layer normalises it.
 */
const LOOKALIKE_SEPARATORS = /[\u2024\u2025\u2026\u2044\u2215\u29f8\u29f9\ufe52\ufe68\uff0e\uff0f\uff3c]/;

/** Escapes that survive the caller's decoding mean the path was encoded twice: never a real file name. */
const PERCENT_ESCAPE = /%[0-9a-f]{2}/i;

function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

function isSuspicious(relative: string): boolean {
  return (
    hasControlCharacter(relative) ||
    // Backslashes are separators on Windows and a trick on POSIX; our relative paths always use '/'.
    relative.includes('\\') ||
    // Drive letters (C:) and Windows alternate data streams (file:stream).
    relative.includes(':') ||
    PERCENT_ESCAPE.test(relative) ||
    LOOKALIKE_SEPARATORS.test(relative) ||
    relative.normalize('NFKC') !== relative
  );
}

/**
 * Resolves a '/'-separated relative path inside `root`, or gives null when the path is absolute,
 * climbs out (`..`), or carries anything suspicious. Callers decode URLs before calling; this refuses
 * rather than repairs, because a path that needs repair did not come from the app. It is strict
 * (a fullwidth bracket is refused too) because the names it sees are ours: build output and
 * content hashes, never a user's file name.
 */
export function resolveInside(root: string, relative: string): string | null {
  if (relative.length === 0 || relative.length > 1024 || isSuspicious(relative)) return null;
  if (path.posix.isAbsolute(relative) || path.win32.isAbsolute(relative)) return null;
  const segments = relative.split('/');
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) return null;
  const resolvedRoot = path.resolve(root);
  const prefix = resolvedRoot.endsWith(path.sep) ? resolvedRoot : resolvedRoot + path.sep;
  const target = path.resolve(resolvedRoot, ...segments);
  return target.startsWith(prefix) ? target : null;
}
