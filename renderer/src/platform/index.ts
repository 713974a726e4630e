import type { TrainDeskBridge } from '../../../shared/contract';
import { createElectronPlatform } from './electron-platform';
import { createHttpPlatform, takeBridgeToken } from './http-platform';
import type { Platform } from './platform';

export { PlatformError, type Platform } from './platform';

declare global {
  interface Window {
    traindesk?: TrainDeskBridge;
  }
}

function detectPlatform(): Platform {
  if (window.traindesk) return createElectronPlatform(window.traindesk);
  return createHttpPlatform(
    window.location.origin,
    takeBridgeToken(window.location, sessionStorage, history),
  );
}

export const platform: Platform = detectPlatform();
