import { ERROR_CODES } from '../../shared/contract';
import { isSafeExternalUrl } from '../security';
import { APP_NAME } from './paths';
import { ServiceError } from './service-error';
import { createSettingsService } from './settings';
import type { Services } from './dispatch';

export { dispatch, type ParsedRequestOf, type Services } from './dispatch';
export { ServiceError } from './service-error';

export type ServiceContext = {
  dataDir: string;
  version: string;
  mode: 'electron' | 'browser';
  osLocale: string;
  platform: string;
  userName: string;
  /** Opens a link in the OS browser; resolves false when nothing could be opened (browser mode). */
  openExternal: (url: string) => Promise<boolean>;
};

export function createServices(ctx: ServiceContext): Services {
  const settings = createSettingsService(ctx.dataDir);
  return {
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
  };
}
