import { z } from 'zod';

/**
 * Every channel between the renderer and the main process, with its request and response schema.
 * Both sides derive their types from this map; no channel name is written anywhere else.
 * The same map is served over IPC (Electron) and over the loopback HTTP bridge (browser mode).
 */

export const LANGUAGES = ['zh-CN', 'en'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

export const settingsSchema = z.object({
  /** null until the user picks one: the app then follows the operating system's language. */
  language: languageSchema.nullable(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  mode: z.enum(['electron', 'browser']),
  dataDir: z.string(),
  osLocale: z.string(),
  platform: z.string(),
  /** The operating-system account name, recorded as `updatedBy` until the app has user accounts. */
  userName: z.string(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

const empty = z.object({}).strict();

export const contract = {
  appInfo: {
    channel: 'app:info',
    request: empty,
    response: appInfoSchema,
  },
  getSettings: {
    channel: 'settings:get',
    request: empty,
    response: settingsSchema,
  },
  updateSettings: {
    channel: 'settings:update',
    request: settingsSchema.partial().strict(),
    response: settingsSchema,
  },
  openExternal: {
    channel: 'shell:open-external',
    request: z.object({ url: z.string().max(2048) }).strict(),
    response: z.object({ opened: z.boolean() }),
  },
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
} as const;

/** What the preload exposes as `window.traindesk`: one named method per contract entry. */
export type TrainDeskBridge = {
  [M in MethodName]: (request: RequestOf<M>) => Promise<Envelope<ResponseOf<M>>>;
};

export function methodByChannel(channel: string): MethodName | undefined {
  return METHOD_NAMES.find((m) => contract[m].channel === channel);
}
