import { z } from 'zod';
import { empty } from './common';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

export const BACKUP_SCHEDULES = ['off', 'daily', 'weekly'] as const;

export const backupSummarySchema = z.object({
  fileName: z.string(),
  createdAt: z.number(),
  size: z.number().int().nonnegative(),
  /** The written file was read back and every checksum matched. */
  verified: z.boolean(),
  kind: z.enum(['manual', 'auto', 'safety']),
  appVersion: z.string(),
  schemaVersion: z.number().int().positive(),
  counts: z.record(z.string(), z.number().int().nonnegative()),
});
export type BackupSummary = z.infer<typeof backupSummarySchema>;

/**
 * Every setting has a default, so a settings file written by an older version still reads whole
 * and keeps what the user chose.
 */
export const settingsSchema = z.object({
  /** null until the user picks one: the app then follows the operating system's language. */
  language: languageSchema.nullable().default(null),
  /** Largest attachment accepted, in megabytes. */
  attachmentMaxMb: z.number().int().min(1).max(10_000).default(500),
  backup: z
    .object({
      /** Absolute folder for backups (a USB drive, a network share); null: `backups` in the data folder. */
      folder: z.string().max(1000).nullable().default(null),
      schedule: z.enum(BACKUP_SCHEDULES).default('daily'),
      keepDaily: z.number().int().min(1).max(365).default(7),
      keepWeekly: z.number().int().min(0).max(520).default(4),
    })
    .default({ folder: null, schedule: 'daily', keepDaily: 7, keepWeekly: 4 }),
  lastBackup: backupSummarySchema.nullable().default(null),
});
export type Settings = z.infer<typeof settingsSchema>;
export type SettingsChanges = Partial<Omit<Settings, 'backup' | 'lastBackup'>> & {
  backup?: Partial<Settings['backup']>;
};

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

export const appChannels = {
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
    request: z
      .object({
        language: languageSchema.nullable().optional(),
        attachmentMaxMb: z.number().int().min(1).max(10_000).optional(),
        backup: z
          .object({
            folder: z.string().max(1000).nullable().optional(),
            schedule: z.enum(BACKUP_SCHEDULES).optional(),
            keepDaily: z.number().int().min(1).max(365).optional(),
            keepWeekly: z.number().int().min(0).max(520).optional(),
          })
          .strict()
          .optional(),
      })
      .strict(),
    response: settingsSchema,
  },
  openExternal: {
    channel: 'shell:open-external',
    request: z.object({ url: z.string().max(2048) }).strict(),
    response: z.object({ opened: z.boolean() }),
  },
} as const;
