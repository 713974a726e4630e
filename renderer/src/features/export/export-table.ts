import type { RequestOf } from '../../../../shared/contract';
import { completeDelivery, type Platform } from '../../platform';

export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A table as the main process writes it: headers in the user's language, one array per row. */
export type ExportTable = Omit<RequestOf<'exportTable'>, 'format'>;

/**
 * Has the main process write the table and hands it to the user (a save dialog in the desktop app,
 * a download in browser mode). Answers false when the user cancelled the save dialog.
 */
export async function deliverTable(platform: Platform, format: ExportFormat, table: ExportTable) {
  const delivery = await platform.call('exportTable', { ...table, format });
  return completeDelivery(platform, delivery);
}
