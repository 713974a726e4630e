import { contract, ERROR_CODES, METHOD_NAMES, type Envelope, type MethodName } from '../shared/contract';
import { isTrustedSender } from './security';
import { dispatch, type Services } from './services';

/** The part of Electron's WebFrameMain the sender check reads. */
type SenderFrameLike = { readonly url: string; readonly parent: unknown };

/** The part of an `ipcMain.handle` event the wrapper reads; Electron's own event satisfies it. */
export type InvokeEventLike = { readonly senderFrame: SenderFrameLike | null };

/** The slice of Electron's `ipcMain` this module uses, so tests can pass a fake. */
export type IpcMainLike = {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>): void;
};

const registeredChannels = new WeakMap<IpcMainLike, Set<string>>();

function senderOf(event: InvokeEventLike): { url: string; isMainFrame: boolean } | null {
  const frame = event.senderFrame;
  // A frame can be gone by the time its message is handled (it navigated or closed).
  return frame === null ? null : { url: frame.url, isMainFrame: frame.parent === null };
}

const forbidden: Envelope<never> = {
  ok: false,
  error: { code: ERROR_CODES.forbidden, message: 'Only the app window may call this' },
};

/**
 * Binds one contract method to its IPC channel. Every call is checked the same way before any
 * service code runs: the sender must be the app's own top frame; then `dispatch` validates the
 * payload and the answer. A second registration is a wiring bug and fails loudly at startup.
 */
export function handle(ipcMain: IpcMainLike, method: MethodName, services: Services): void {
  const channel = contract[method].channel;
  const channels = registeredChannels.get(ipcMain) ?? new Set<string>();
  if (channels.has(channel)) throw new Error(`IPC channel ${channel} is already registered`);
  channels.add(channel);
  registeredChannels.set(ipcMain, channels);

  ipcMain.handle(channel, async (event, payload) => {
    if (!isTrustedSender(senderOf(event))) return forbidden;
    return dispatch(services, method, payload);
  });
}

export function registerIpc(ipcMain: IpcMainLike, services: Services): void {
  for (const method of METHOD_NAMES) handle(ipcMain, method, services);
}
