import type { BACKUP_SCHEDULES } from '../contract/app';

type Schedule = (typeof BACKUP_SCHEDULES)[number];

const DAY_MS = 24 * 60 * 60 * 1000;
const INTERVAL: Record<Exclude<Schedule, 'off'>, number> = { daily: DAY_MS, weekly: 7 * DAY_MS };

/**
 * Whether an automatic backup is due: when none was ever made, or the newest is at least one
 * schedule interval old. Any backup counts (a manual one this morning covers today).
 */
export function isBackupDue(schedule: Schedule, lastBackupAt: number | null, now: number): boolean {
  if (schedule === 'off') return false;
  if (lastBackupAt === null) return true;
  // A clock set back must not postpone backups for days: a backup "in the future" is treated as due.
  if (lastBackupAt > now) return true;
  return now - lastBackupAt >= INTERVAL[schedule];
}
