import { describe, expect, it } from 'vitest';
import { isBackupDue } from './backup-schedule';

const now = Date.parse('2026-11-23T09:00:00Z');
const hours = (h: number) => now - h * 3600_000;

describe('when an automatic backup is due', () => {
  it('is never due when backups are off', () => {
    expect(isBackupDue('off', null, now)).toBe(false);
    expect(isBackupDue('off', hours(24 * 30), now)).toBe(false);
  });

  it('is due at once when there has never been a backup', () => {
    expect(isBackupDue('daily', null, now)).toBe(true);
    expect(isBackupDue('weekly', null, now)).toBe(true);
  });

  it('is due daily after 24 hours, weekly after 7 days', () => {
    expect(isBackupDue('daily', hours(23), now)).toBe(false);
    expect(isBackupDue('daily', hours(24), now)).toBe(true);
    expect(isBackupDue('weekly', hours(24 * 6), now)).toBe(false);
    expect(isBackupDue('weekly', hours(24 * 7), now)).toBe(true);
  });

  it('is due when the last backup claims to be from the future (clock set back)', () => {
    expect(isBackupDue('daily', now + 3600_000, now)).toBe(true);
  });
});
