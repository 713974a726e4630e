import fs from 'node:fs/promises';
import path from 'node:path';
import { lookup } from 'mime-types';
import { ERROR_CODES, type AttachmentRef } from '../../shared/contract';
import { renameWithRetry, tempPathBeside } from './atomic-file';
import type { AttachmentStore } from './attachment-store';
import type { Services } from './dispatch';
import { assertPlainFileName } from './file-names';
import type { HeldAttachments } from './held-attachments';
import type { Deliver, NativeShell } from './ports';
import { ServiceError } from './service-error';
import type { SettingsService } from './settings';
import type { Staging } from './staging';
import { ONE_DAY_MS, removeStaleEntries } from './stale-files';

export type AttachmentServices = Pick<
  Services,
  | 'attachmentAddStaged'
  | 'attachmentPick'
  | 'attachmentOpen'
  | 'attachmentSaveCopy'
  | 'attachmentCollectGarbage'
>;

type Deps = {
  dataDir: string;
  store: AttachmentStore;
  staging: Staging;
  held: HeldAttachments;
  settings: SettingsService;
  deliver: Deliver;
  shell: NativeShell | null;
};

const MIME_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/;

/**
 * Programs and scripts run when "opened". A record's attachment name came from whoever added it,
 * and the copy we open carries no mark of where it came from, so these are only ever saved.
 */
const RUNS_WHEN_OPENED = new Set(
  (
    'exe com scr pif bat cmd msi msp msc cpl hta jar js jse vbs vbe wsf wsh ws ps1 psm1 lnk url reg ' +
    'scf inf app command sh bash csh ksh desktop appimage run deb rpm pkg dmg'
  ).split(' '),
);

export function runsWhenOpened(fileName: string): boolean {
  return RUNS_WHEN_OPENED.has(path.extname(fileName).slice(1).toLowerCase());
}

/** The type the browser gave, when it looks like one; otherwise from the extension. */
export function mimeTypeFor(fileName: string, given: string): string {
  const type = given.trim().toLowerCase().split(';')[0]?.trim() ?? '';
  if (MIME_TYPE.test(type)) return type;
  return lookup(fileName) || 'application/octet-stream';
}

function tooLarge(): ServiceError {
  return new ServiceError(ERROR_CODES.fileTooLarge, 'The file is larger than the limit set in Settings');
}

function desktopOnly(): ServiceError {
  return new ServiceError(ERROR_CODES.unsupportedHere, 'Only the desktop app has a file dialog');
}

export function createAttachmentServices(deps: Deps): AttachmentServices & {
  removeStaleCopies(now: number): Promise<void>;
} {
  const { store } = deps;
  const openedCopies = path.join(deps.dataDir, 'tmp', 'open');

  async function maxBytes(): Promise<number> {
    return (await deps.settings.get()).attachmentMaxMb * 1024 * 1024;
  }

  async function storeFile(sourcePath: string, limit: number): Promise<{ sha256: string; size: number }> {
    const stat = await fs.stat(sourcePath);
    if (!stat.isFile()) throw new ServiceError(ERROR_CODES.badRequest, 'Only files can be attached');
    // Refused before reading when the size is known; the limit holds during the copy too, in case
    // the file grows meanwhile.
    if (stat.size > limit) throw tooLarge();
    return store.putFile(sourcePath, { maxBytes: limit });
  }

  async function storedPath(attachment: AttachmentRef): Promise<string> {
    assertPlainFileName(attachment.name);
    if ((await store.sizeOf(attachment.sha256)) === null) {
      throw new ServiceError(ERROR_CODES.notFound, 'The file of this attachment is not in the store');
    }
    return store.pathOf(attachment.sha256);
  }

  /** A copy under the attachment's own name, so the OS picks the right app and shows the right title. */
  async function copyForOpening(attachment: AttachmentRef, source: string): Promise<string> {
    const folder = path.join(openedCopies, attachment.sha256);
    const target = path.join(folder, attachment.name);
    // Belt and braces after the name check: the copy must land in its own folder.
    if (path.dirname(target) !== folder) throw new ServiceError(ERROR_CODES.badRequest, 'Bad file name');
    const existing = await fs.stat(target).catch(() => null);
    // Still open in another app from last time: reuse it (Windows would refuse to replace it).
    if (existing !== null && existing.size === attachment.size) return target;
    await fs.mkdir(folder, { recursive: true });
    const tempPath = tempPathBeside(target);
    try {
      await fs.copyFile(source, tempPath);
      await renameWithRetry(tempPath, target);
    } catch (error) {
      await fs.rm(tempPath, { force: true });
      throw error;
    }
    return target;
  }

  return {
    async attachmentAddStaged({ stagingId, name, mime }) {
      assertPlainFileName(name);
      const stored = await storeFile(deps.staging.pathOf(stagingId), await maxBytes());
      await deps.staging.discard(stagingId);
      return { ...stored, name, mime: mimeTypeFor(name, mime) };
    },

    async attachmentPick() {
      if (deps.shell === null) throw desktopOnly();
      const picked = await deps.shell.pickFiles({ multiple: true });
      // Every name is checked before anything is stored, so a bad one does not leave half a pick.
      const names = picked.map((filePath) => assertPlainFileName(path.basename(filePath)));
      const limit = await maxBytes();
      const attachments: AttachmentRef[] = [];
      for (const [index, filePath] of picked.entries()) {
        const name = names[index] ?? path.basename(filePath);
        attachments.push({ ...(await storeFile(filePath, limit)), name, mime: mimeTypeFor(name, '') });
      }
      return { attachments };
    },

    async attachmentOpen({ attachment }) {
      const source = await storedPath(attachment);
      if (deps.shell === null || runsWhenOpened(attachment.name)) return { opened: false };
      return { opened: await deps.shell.openPath(await copyForOpening(attachment, source)) };
    },

    async attachmentSaveCopy({ attachment }) {
      const source = await storedPath(attachment);
      return deps.deliver(attachment.name, (target) => fs.copyFile(source, target));
    },

    async attachmentCollectGarbage({ referenced, remove }) {
      const keep = new Set(referenced);
      let files = 0;
      let bytes = 0;
      for (const { sha256, size } of await store.list()) {
        if (keep.has(sha256) || deps.held.isHeld(sha256)) continue;
        files++;
        bytes += size;
        // Checked again just before removing: a backup may have started since the list was read.
        if (remove && !deps.held.isHeld(sha256)) await store.remove(sha256);
      }
      return { files, bytes, removed: remove };
    },

    removeStaleCopies: (now) => removeStaleEntries(openedCopies, ONE_DAY_MS, now),
  };
}
