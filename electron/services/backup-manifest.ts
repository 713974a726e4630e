import { z } from 'zod';
import { sha256Schema, type BackupSummary } from '../../shared/contract';

export const BACKUP_FORMAT = 'traindesk-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const MANIFEST_PATH = 'manifest.json';
export const DATABASE_PATH = 'database.json';
export const ATTACHMENTS_FOLDER = 'attachments/';

export const manifestPartSchema = z.object({
  path: z.string(),
  sha256: sha256Schema,
  size: z.number().int().nonnegative(),
});
export type ManifestPart = z.infer<typeof manifestPartSchema>;

/** `manifest.json` of a backup zip: what it holds and the checksum of every other entry. */
export const manifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().positive(),
  appVersion: z.string(),
  schemaVersion: z.number().int().positive(),
  createdAt: z.number(),
  kind: z.enum(['manual', 'auto', 'safety']),
  counts: z.record(z.string(), z.number().int().nonnegative()),
  parts: z.array(manifestPartSchema),
  /** Attachments records referenced that were not in the store when the backup was made. */
  missingAttachments: z.array(sha256Schema).default([]),
});
export type Manifest = z.infer<typeof manifestSchema>;

export function attachmentPartPath(sha256: string): string {
  return `${ATTACHMENTS_FOLDER}${sha256}`;
}

/**
 * The entries a backup may hold besides the manifest: the database and attachments named by the
 * very hash the manifest gives them, so a restore can trust the name as a content address.
 */
export function isWellFormedPart(part: ManifestPart): boolean {
  if (part.path === DATABASE_PATH) return true;
  return part.path === attachmentPartPath(part.sha256);
}

export function summaryFromManifest(
  manifest: Manifest,
  fileName: string,
  size: number,
  verified: boolean,
): BackupSummary {
  return {
    fileName,
    createdAt: manifest.createdAt,
    size,
    verified,
    kind: manifest.kind,
    appVersion: manifest.appVersion,
    schemaVersion: manifest.schemaVersion,
    counts: manifest.counts,
  };
}
