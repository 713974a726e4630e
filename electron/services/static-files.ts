import fs from 'node:fs/promises';
import path from 'node:path';
import { resolveInside } from './paths';

/** Module scripts are refused by the browser unless served as JavaScript, so every type is explicit. */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

export type StaticFile = { body: Buffer; contentType: string };

function decodePathname(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

/**
 * Reads the built renderer file a URL path names (`/` is index.html), or null when there is none or
 * the path tries to leave the folder. Shared by the app:// protocol and the browser-mode bridge.
 */
export async function readStaticFile(rootDir: string, urlPathname: string): Promise<StaticFile | null> {
  const decoded = decodePathname(urlPathname);
  if (decoded === null) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\//, '');
  const filePath = resolveInside(rootDir, relative);
  if (filePath === null) return null;
  try {
    // A symlink inside the folder could still point outside it.
    const [realRoot, realFile] = await Promise.all([fs.realpath(rootDir), fs.realpath(filePath)]);
    if (!realFile.startsWith(realRoot + path.sep)) return null;
    const stat = await fs.stat(realFile);
    if (!stat.isFile()) return null;
    return { body: await fs.readFile(realFile), contentType: contentTypeFor(realFile) };
  } catch {
    return null;
  }
}
