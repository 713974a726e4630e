import type { Envelope } from '../../../shared/contract';
import { unwrap } from './electron-platform';
import { PlatformError, type Platform } from './platform';

const TOKEN_KEY = 'traindesk.bridgeToken';

/**
 * Browser mode: the bridge prints a URL with a per-run token. The token is kept for this tab
 * (so a reload still works) and removed from the address bar so it is not bookmarked or shared.
 */
export function takeBridgeToken(location: Location, storage: Storage, history: History): string | null {
  const url = new URL(location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    storage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    history.replaceState(history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return storage.getItem(TOKEN_KEY);
}

export function createHttpPlatform(
  baseUrl: string,
  token: string | null,
  fetchImpl: typeof fetch = fetch,
): Platform {
  return {
    kind: 'browser',
    async call(method, request) {
      let response: Response;
      try {
        response = await fetchImpl(`${baseUrl}/api/${method}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token ?? ''}` },
          body: JSON.stringify(request),
        });
      } catch {
        throw new PlatformError('bridgeUnreachable', 'The TrainDesk service is not running');
      }
      const envelope = (await response.json().catch(() => null)) as Envelope<never> | null;
      if (!envelope) throw new PlatformError('internal', `HTTP ${response.status}`);
      return unwrap(envelope);
    },
    // Images, frames and links cannot send the Authorization header, so these URLs carry the token.
    attachmentUrl(attachment, download) {
      const query = new URLSearchParams({
        name: attachment.name,
        download: download ? '1' : '0',
        token: token ?? '',
      });
      return `${baseUrl}/attachments/${attachment.sha256}?${query}`;
    },
    downloadUrl(downloadId) {
      return `${baseUrl}/downloads/${downloadId}?${new URLSearchParams({ token: token ?? '' })}`;
    },
  };
}
