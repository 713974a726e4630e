import fs from 'node:fs/promises';
import type { AttachmentStore } from './attachment-store';
import { isSha256 } from './attachment-store';
import type { Downloads } from './downloads';
import { fileResponse, type FileResponse } from './file-responses';
import { isPlainFileName } from './file-names';

/**
 * The files the app's pages may fetch by URL (an <img>, an <iframe>, a download link), shared by
 * the browser-mode bridge and Electron's app:// handler:
 *   /attachments/<sha256>?name=<file name>&download=0|1
 *   /downloads/<downloadId>
 * Both answer null (404) for anything that is not exactly one of ours.
 */
export type ServedFiles = {
  get(pathname: string, query: URLSearchParams, range: string | undefined): Promise<FileResponse | null>;
};

const ATTACHMENT_PATH = /^\/attachments\/([0-9a-f]{64})$/;
const DOWNLOAD_PATH = /^\/downloads\/([0-9a-f]{32})$/;

/** Content-addressed: the bytes behind a URL never change, so the browser may keep them. */
const IMMUTABLE = 'private, max-age=31536000, immutable';

const HEAD_BYTES = 64 * 1024;

async function readHead(path: string): Promise<Uint8Array> {
  const handle = await fs.open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(HEAD_BYTES), 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

export function isServedFilePath(pathname: string): boolean {
  return pathname.startsWith('/attachments/') || pathname.startsWith('/downloads/');
}

export function createServedFiles(store: AttachmentStore, downloads: Downloads | null): ServedFiles {
  async function attachment(sha256: string, query: URLSearchParams, range: string | undefined) {
    const fileName = query.get('name') ?? sha256;
    if (!isSha256(sha256) || !isPlainFileName(fileName)) return null;
    const size = await store.sizeOf(sha256);
    if (size === null) return null;
    const download = query.get('download') === '1';
    const path = store.pathOf(sha256);
    return fileResponse({
      path,
      size,
      fileName,
      download,
      range,
      cacheControl: IMMUTABLE,
      head: download ? undefined : await readHead(path),
    });
  }

  async function download(downloadId: string, range: string | undefined) {
    const prepared = downloads === null ? null : await downloads.find(downloadId);
    if (prepared === null) return null;
    return fileResponse({ ...prepared, download: true, range, cacheControl: 'no-store' });
  }

  return {
    async get(pathname, query, range) {
      const attachmentMatch = ATTACHMENT_PATH.exec(pathname);
      if (attachmentMatch?.[1] !== undefined) return attachment(attachmentMatch[1], query, range);
      const downloadMatch = DOWNLOAD_PATH.exec(pathname);
      if (downloadMatch?.[1] !== undefined) return download(downloadMatch[1], range);
      return null;
    },
  };
}
