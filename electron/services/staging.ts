import { constants as fsConstants, existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { ERROR_CODES } from '../../shared/contract';
import { isHandle, newHandle } from './handles';
import type { StagingArea } from './ports';
import { ServiceError } from './service-error';
import { ONE_DAY_MS, removeStaleEntries } from './stale-files';

export type Staging = StagingArea & {
  begin(): Promise<{ stagingId: string }>;
  /** Appends one base64 piece; answers the staged file's size so far. */
  append(stagingId: string, base64: string): Promise<{ size: number }>;
  read(stagingId: string, offset: number, length: number): Promise<{ data: string; size: number }>;
  /** Removes what a crash or a closed window left staged more than a day ago. */
  removeStale(now: number): Promise<void>;
};

export function stagingFolder(dataDir: string): string {
  return path.join(dataDir, 'tmp', 'staging');
}

function unknownStagingId(): ServiceError {
  return new ServiceError(ERROR_CODES.notFound, 'Nothing is staged under this id');
}

function isMissing(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}

/**
 * Files that cross between renderer and main a piece at a time, under `<dataDir>/tmp/staging/<id>`.
 * Ids are random and checked against their format before they touch a path, so an id can never
 * name a file outside the folder.
 */
export function createStaging(dataDir: string): Staging {
  const folder = stagingFolder(dataDir);

  function candidatePath(stagingId: string): string {
    if (!isHandle(stagingId)) throw unknownStagingId();
    return path.join(folder, stagingId);
  }

  function pathOf(stagingId: string): string {
    const filePath = candidatePath(stagingId);
    if (!existsSync(filePath)) throw unknownStagingId();
    return filePath;
  }

  async function create(): Promise<{ stagingId: string; path: string }> {
    await fs.mkdir(folder, { recursive: true });
    const stagingId = newHandle();
    const filePath = path.join(folder, stagingId);
    await (await fs.open(filePath, 'wx')).close();
    return { stagingId, path: filePath };
  }

  async function append(stagingId: string, base64: string): Promise<{ size: number }> {
    // A piece whose length is not a multiple of 4 was cut inside a base64 group by the sender, and
    // would decode to wrong bytes without any error.
    if (base64.length % 4 !== 0) {
      throw new ServiceError(ERROR_CODES.badRequest, 'Each piece must be base64 on its own');
    }
    let handle: fs.FileHandle;
    try {
      // No O_CREAT: appending never brings an unknown id into being.
      handle = await fs.open(candidatePath(stagingId), fsConstants.O_WRONLY | fsConstants.O_APPEND);
    } catch (error) {
      throw isMissing(error) ? unknownStagingId() : error;
    }
    try {
      await handle.write(Buffer.from(base64, 'base64'));
      return { size: (await handle.stat()).size };
    } finally {
      await handle.close();
    }
  }

  async function read(
    stagingId: string,
    offset: number,
    length: number,
  ): Promise<{ data: string; size: number }> {
    let handle: fs.FileHandle;
    try {
      handle = await fs.open(candidatePath(stagingId), 'r');
    } catch (error) {
      throw isMissing(error) ? unknownStagingId() : error;
    }
    try {
      const size = (await handle.stat()).size;
      const buffer = Buffer.alloc(Math.max(0, Math.min(length, size - offset)));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, offset);
      return { data: buffer.subarray(0, bytesRead).toString('base64'), size };
    } finally {
      await handle.close();
    }
  }

  async function discard(stagingId: string): Promise<void> {
    await fs.rm(candidatePath(stagingId), { force: true });
  }

  return {
    pathOf,
    create,
    begin: async () => ({ stagingId: (await create()).stagingId }),
    append,
    read,
    discard,
    removeStale: (now) => removeStaleEntries(folder, ONE_DAY_MS, now),
  };
}
