import type { MethodName, RequestOf, ResponseOf } from '../../../shared/contract';

/** The renderer's only way to reach the main process: the same contract in Electron and in browser mode. */
export interface Platform {
  readonly kind: 'electron' | 'browser';
  call<M extends MethodName>(method: M, request: RequestOf<M>): Promise<ResponseOf<M>>;
  /** Where the page can show a stored file (an image, a PDF) or download it. */
  attachmentUrl(attachment: { sha256: string; name: string }, download: boolean): string;
  /** Browser mode only: where the browser fetches a file the main process made for download. */
  downloadUrl(downloadId: string): string;
}

/** A refusal or failure from the main process, with the contract's error code for translation. */
export class PlatformError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'PlatformError';
  }
}
