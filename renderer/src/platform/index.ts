import type { TrainDeskBridge } from '../../../shared/contract';
import { createElectronPlatform } from './electron-platform';
import { createHttpPlatform, takeBridgeToken } from './http-platform';
import type { Platform } from './platform';

export { PlatformError, type Platform } from './platform';
export {
  completeDelivery,
  downloadStaged,
  triggerDownload,
  uploadBlob,
  type TransferProgress,
} from './file-transfer';

declare global {
  interface Window {
    traindesk?: TrainDeskBridge;
  }
}

function detectPlatform(): Platform {
  // Outside a page (unit tests of modules that import this one) there is no main process to reach.
  if (typeof window === 'undefined') return createHttpPlatform('http://127.0.0.1:0', null);
  if (window.traindesk) return createElectronPlatform(window.traindesk);
  return createHttpPlatform(
    window.location.origin,
    takeBridgeToken(window.location, sessionStorage, history),
  );
}

export const platform: Platform = detectPlatform();
