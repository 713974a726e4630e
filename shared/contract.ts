import { z } from 'zod';
import { appChannels } from './contract/app';
import { backupChannels } from './contract/backup';
import { fileChannels } from './contract/files';
import { transferChannels } from './contract/transfer';

/**
 * Every channel between the renderer and the main process, with its request and response schema.
 * Both sides derive their types from this map; no channel name is written anywhere else.
 * The same map is served over IPC (Electron) and over the loopback HTTP bridge (browser mode).
 */

export * from './contract/app';
export * from './contract/backup';
export * from './contract/common';
export * from './contract/files';
export * from './contract/transfer';

export const contract = {
  ...appChannels,
  ...fileChannels,
  ...backupChannels,
  ...transferChannels,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type RequestOf<M extends MethodName> = z.input<Contract[M]['request']>;
export type ResponseOf<M extends MethodName> = z.output<Contract[M]['response']>;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

/** Errors cross the process boundary as data: Electron flattens thrown errors into plain strings. */
export const errorSchema = z.object({ code: z.string(), message: z.string() });
export type ContractError = z.infer<typeof errorSchema>;
export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ContractError };

/** Error codes the renderer translates under `errors.` */
export const ERROR_CODES = {
  badRequest: 'badRequest',
  forbidden: 'forbidden',
  unknownMethod: 'unknownMethod',
  internal: 'internal',
  unsafeUrl: 'unsafeUrl',
  /** The call exists only in the desktop app (native dialogs, printToPDF). */
  unsupportedHere: 'unsupportedHere',
  notFound: 'notFound',
  fileTooLarge: 'fileTooLarge',
  backupCorrupt: 'backupCorrupt',
  backupForeign: 'backupForeign',
  backupTooNew: 'backupTooNew',
  backupFolderUnusable: 'backupFolderUnusable',
  importUnreadable: 'importUnreadable',
  cancelled: 'cancelled',
} as const;

/** What the preload exposes as `window.traindesk`: one named method per contract entry. */
export type TrainDeskBridge = {
  [M in MethodName]: (request: RequestOf<M>) => Promise<Envelope<ResponseOf<M>>>;
};

export function methodByChannel(channel: string): MethodName | undefined {
  return METHOD_NAMES.find((m) => contract[m].channel === channel);
}
