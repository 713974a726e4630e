/** What rotation needs to know of a backup file. */
export type RotatableBackup = {
  fileName: string;
  /** Epoch ms, from the backup's manifest. */
  createdAt: number;
  kind: 'manual' | 'auto' | 'safety';
};

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/** The calendar day of an instant at a fixed offset from UTC, as days since 1970-01-01. */
function dayNumber(instant: number, utcOffsetMinutes: number): number {
  return Math.floor((instant + utcOffsetMinutes * MINUTE_MS) / DAY_MS);
}

/**
 * The ISO 8601 week of a day number, as `year * 100 + week`: weeks start on Monday, and week 1 is
 * the one holding the year's first Thursday, so the days around New Year may belong to the
 * neighbouring year's week.
 */
function isoWeekKey(day: number): number {
  const date = new Date(day * DAY_MS);
  const weekday = (date.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const thursday = new Date((day - weekday + 3) * DAY_MS);
  const weekYear = thursday.getUTCFullYear();
  const firstDayOfWeekYear = Date.UTC(weekYear, 0, 1) / DAY_MS;
  const week = Math.floor((day - weekday + 3 - firstDayOfWeekYear) / 7) + 1;
  return weekYear * 100 + week;
}

/**
 * Keeps the newest backup of each of the last `count` periods among `candidates` (sorted newest
 * first), as borg's prune does: a period with no backup does not use up the count, and a period
 * whose newest backup an earlier rule already keeps is passed over without counting.
 */
function keepNewestPerPeriod(
  candidates: readonly RotatableBackup[],
  periodOf: (backup: RotatableBackup) => number,
  count: number,
  kept: Set<RotatableBackup>,
): void {
  let lastPeriod: number | undefined;
  let keptHere = 0;
  for (const backup of candidates) {
    if (keptHere >= count) return;
    const period = periodOf(backup);
    if (period === lastPeriod) continue;
    lastPeriod = period;
    if (kept.has(backup)) continue;
    kept.add(backup);
    keptHere++;
  }
}

/**
 * Which automatic backups to delete after a new one. Kept are the newest of each of the last
 * `keepDaily` days that have one, plus the newest of each of the last `keepWeekly` ISO weeks beyond
 * those (weeks whose newest backup the daily rule did not already keep). Manual and safety backups
 * are never deleted: the user (or a restore) made them on purpose. Backups dated after `now` (a
 * clock that was wrong) are kept and use up no period, since their place in time cannot be trusted.
 *
 * Days and weeks are calendar days at `utcOffsetMinutes` from UTC (China: 480), passed in so the
 * rule stays a pure function of its arguments.
 */
export function backupsToDelete(
  backups: readonly RotatableBackup[],
  now: number,
  keepDaily: number,
  keepWeekly: number,
  utcOffsetMinutes = 0,
): string[] {
  const candidates = backups
    .filter((backup) => backup.kind === 'auto' && backup.createdAt <= now)
    .sort((a, b) => b.createdAt - a.createdAt || b.fileName.localeCompare(a.fileName));
  const kept = new Set<RotatableBackup>();
  const dayOf = (backup: RotatableBackup) => dayNumber(backup.createdAt, utcOffsetMinutes);
  keepNewestPerPeriod(candidates, dayOf, keepDaily, kept);
  keepNewestPerPeriod(candidates, (backup) => isoWeekKey(dayOf(backup)), keepWeekly, kept);
  return candidates.filter((backup) => !kept.has(backup)).map((backup) => backup.fileName);
}
