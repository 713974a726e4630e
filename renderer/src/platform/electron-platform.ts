import type { Envelope, TrainDeskBridge } from '../../../shared/contract';
import { PlatformError, type Platform } from './platform';

export function unwrap<T>(envelope: Envelope<T>): T {
  if (envelope.ok) return envelope.data;
  throw new PlatformError(envelope.error.code, envelope.error.message);
}

/** Calls the named methods the preload put on `window.traindesk`. */
export function createElectronPlatform(bridge: TrainDeskBridge): Platform {
  return {
    kind: 'electron',
    async call(method, request) {
      const invoke = bridge[method] as (req: typeof request) => Promise<Envelope<never>>;
      return unwrap(await invoke(request));
    },
    attachmentUrl(attachment) {
      return `app://traindesk/attachments/${attachment.sha256}?name=${encodeURIComponent(attachment.name)}`;
    },
    downloadUrl() {
      // The desktop app saves through a save dialog; nothing is ever downloaded.
      throw new PlatformError('unsupportedHere', 'No downloads in the desktop app');
    },
  };
}
