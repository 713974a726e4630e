import { ERROR_CODES } from '../../shared/contract';
import { ServiceError } from './service-error';

/** Characters Windows refuses in a file name; a name that works only on some systems is not portable. */
const WINDOWS_FORBIDDEN = /[<>:"|?*]/;

/**
 * Characters that change how a name reads without being visible: bidirectional overrides make
 * `evil‮fdp.exe` show as `evilexe.pdf`, and zero-width ones make two names look identical.
 */
const INVISIBLE_OR_REORDERING = /[\u061c\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/;

/** Characters drawn as a slash: harmless to the file system, but they make a name look like a path. */
const SLASH_LOOKALIKES = /[\u2044\u2215\u29f8\u29f9\ufe68\uff0f\uff3c]/;

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** DOS device names, which Windows opens as devices whatever the extension (`NUL.txt`). */
const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

const MAX_NAME_LENGTH = 255;

function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}

/**
 * A name the user sees and the main process may write on disk (an opened copy, a download): one
 * plain file name that means the same on Windows, macOS and Linux. The contract's schema refuses
 * the worst already; this is the main process's own check, since a name also arrives from places
 * the contract does not see (a file picked in a dialog).
 */
export function isPlainFileName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= MAX_NAME_LENGTH &&
    !/^\.*$/.test(name) &&
    !name.includes('/') &&
    !name.includes('\\') &&
    !hasControlCharacter(name) &&
    !WINDOWS_FORBIDDEN.test(name) &&
    !INVISIBLE_OR_REORDERING.test(name) &&
    !SLASH_LOOKALIKES.test(name) &&
    !LONE_SURROGATE.test(name) &&
    // Windows drops trailing dots and spaces, so `report.exe.` would open as `report.exe`.
    !/[. ]$/.test(name) &&
    !WINDOWS_DEVICE_NAME.test(name)
  );
}

export function assertPlainFileName(name: string): string {
  if (!isPlainFileName(name)) {
    throw new ServiceError(ERROR_CODES.badRequest, 'The file name is not a plain file name');
  }
  return name;
}
