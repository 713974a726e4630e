/**
 * Conventions every stored record follows (DESIGN.md "Where data lives"): UUID ids, epoch-ms
 * timestamps, who changed it last, and a tombstone instead of a hard delete so that every table is
 * ready for multi-machine sync.
 */
export interface RecordMeta {
  id: string;
  createdAt: number;
  updatedAt: number;
  updatedBy: string;
  deletedAt?: number;
}

/** Indexed 0/1 twin of `deletedAt`: IndexedDB cannot index a missing value, so list indexes lead with it. */
export type DeletedFlag = 0 | 1;

export function deletedFlag(record: Pick<RecordMeta, 'deletedAt'>): DeletedFlag {
  return record.deletedAt === undefined ? 0 : 1;
}

/** `YYYY-MM-DD` of a calendar day in the local time zone of the given instant. */
export function localDate(instant: Date): string {
  const y = instant.getFullYear();
  const m = String(instant.getMonth() + 1).padStart(2, '0');
  const d = String(instant.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isCalendarDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
