import path from 'node:path';
import { ERROR_CODES } from '../../shared/contract';
import { isSafeExternalUrl } from '../security';
import { createAttachmentStore } from './attachment-store';
import { createAttachmentServices } from './attachments';
import { createBackupServices } from './backup';
import type { Services } from './dispatch';
import { chooseDeliver, createDownloads } from './downloads';
import { createHeldAttachments } from './held-attachments';
import { createJobs } from './jobs';
import { APP_NAME } from './paths';
import type { NativeShell } from './ports';
import { createRestoreServices } from './restore';
import { createServedFiles, type ServedFiles } from './served-files';
import { ServiceError } from './service-error';
import { createSettingsService } from './settings';
import { createStaging } from './staging';
import { createTransferServices } from './transfer';

export { dispatch, type ParsedRequestOf, type Services } from './dispatch';
export { ServiceError } from './service-error';
export type { NativeShell } from './ports';
export type { ServedFiles } from './served-files';

export type ServiceContext = {
  dataDir: string;
  version: string;
  mode: 'electron' | 'browser';
  osLocale: string;
  platform: string;
  userName: string;
  /** Opens a link in the OS browser; resolves false when nothing could be opened (browser mode). */
  openExternal: (url: string) => Promise<boolean>;
  /** Native dialogs, opening files and printing: the desktop app's; null in browser mode. */
  shell: NativeShell | null;
  /** The clock, for tests of what depends on the time (backup names, rotation). */
  now?: () => number;
};

/** The contract's services, and the stored files the app's pages fetch by URL. */
export type ServiceRuntime = { services: Services; files: ServedFiles };

export function createServiceRuntime(ctx: ServiceContext): ServiceRuntime {
  const now = ctx.now ?? Date.now;
  const settings = createSettingsService(ctx.dataDir);
  const staging = createStaging(ctx.dataDir);
  const store = createAttachmentStore(path.join(ctx.dataDir, 'attachments'));
  const held = createHeldAttachments();
  const downloads = createDownloads(ctx.dataDir);
  const deliver = chooseDeliver(ctx.shell, downloads);
  const jobs = createJobs({ now });

  const { removeStaleCopies, ...attachments } = createAttachmentServices({
    dataDir: ctx.dataDir,
    store,
    staging,
    held,
    settings,
    deliver,
    shell: ctx.shell,
  });
  const { removeStale: removeStaleRestores, ...restore } = createRestoreServices({
    dataDir: ctx.dataDir,
    staging,
    store,
    settings,
    shell: ctx.shell,
  });

  // Leftovers of an earlier run (a crash, a closed window) go in the background: starting the app
  // must not wait for them, and none of them is needed again.
  const startedAt = now();
  Promise.all([
    staging.removeStale(startedAt),
    downloads.removeStale(startedAt),
    removeStaleCopies(startedAt),
    removeStaleRestores(startedAt),
    store.removeStaleIncoming(startedAt),
  ]).catch((error: unknown) => console.error('TrainDesk: could not remove old temp files:', error));

  const services: Services = {
    appInfo: async () => ({
      name: APP_NAME,
      version: ctx.version,
      mode: ctx.mode,
      dataDir: ctx.dataDir,
      osLocale: ctx.osLocale,
      platform: ctx.platform,
      userName: ctx.userName,
    }),
    getSettings: () => settings.get(),
    updateSettings: (changes) => settings.update(changes),
    openExternal: async ({ url }) => {
      // Checked here, not only in the renderer: a compromised page must not reach the OS with file: links.
      if (!isSafeExternalUrl(url)) {
        throw new ServiceError(ERROR_CODES.unsafeUrl, 'Only http and https links can be opened');
      }
      return { opened: await ctx.openExternal(url) };
    },
    stageBegin: () => staging.begin(),
    stageAppend: ({ stagingId, data }) => staging.append(stagingId, data),
    stageRead: ({ stagingId, offset, length }) => staging.read(stagingId, offset, length),
    stageDiscard: async ({ stagingId }) => {
      await staging.discard(stagingId);
      return {};
    },
    ...attachments,
    ...createBackupServices({
      dataDir: ctx.dataDir,
      appVersion: ctx.version,
      now,
      staging,
      store,
      held,
      settings,
      jobs,
      deliver,
      shell: ctx.shell,
    }),
    ...restore,
    ...createTransferServices({ staging, deliver, shell: ctx.shell }),
  };
  return { services, files: createServedFiles(store, ctx.shell === null ? downloads : null) };
}

export function createServices(ctx: ServiceContext): Services {
  return createServiceRuntime(ctx).services;
}
