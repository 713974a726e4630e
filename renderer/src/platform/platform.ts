import type { MethodName, RequestOf, ResponseOf } from '../../../shared/contract';

/** The renderer's only way to reach the main process: the same contract in Electron and in browser mode. */
export interface Platform {
  readonly kind: 'electron' | 'browser';
  call<M extends MethodName>(method: M, request: RequestOf<M>): Promise<ResponseOf<M>>;
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
