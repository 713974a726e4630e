import { contextBridge, ipcRenderer } from 'electron';
import {
  contract,
  ERROR_CODES,
  METHOD_NAMES,
  type MethodName,
  type TrainDeskBridge,
} from '../shared/contract';

type Invoke = (channel: string, request: unknown) => Promise<unknown>;

/**
 * One named method per contract entry. The page gets these functions only, never `ipcRenderer`,
 * so it can reach the channels of the contract and nothing else.
 */
export function buildApi(invoke: Invoke): TrainDeskBridge {
  const api: Partial<Record<MethodName, (request: unknown) => Promise<unknown>>> = {};
  for (const method of METHOD_NAMES) {
    api[method] = async (request) => {
      try {
        return await invoke(contract[method].channel, request);
      } catch {
        // Only a wiring fault gets here (no handler registered, window closing): keep the promise
        // of the contract that every call resolves to an envelope.
        return { ok: false, error: { code: ERROR_CODES.internal, message: `${method} is unavailable` } };
      }
    };
  }
  // The loop filled every contract method, and main checks each answer against the contract's
  // response schema, so the shape TrainDeskBridge promises holds.
  return Object.freeze(api) as TrainDeskBridge;
}

contextBridge.exposeInMainWorld(
  'traindesk',
  buildApi((channel, request) => ipcRenderer.invoke(channel, request)),
);
