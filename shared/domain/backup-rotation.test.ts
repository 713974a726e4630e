import { describe, expect, it } from 'vitest';
import { backupsToDelete, type RotatableBackup } from './backup-rotation';

function backup(kind: RotatableBackup['kind'], isoInstant: string): RotatableBackup {
  return { fileName: `${kind}@${isoInstant}`, createdAt: Date.parse(isoInstant), kind };
}
const auto = (isoInstant: string) => backup('auto', isoInstant);

/** One automatic backup a day at 02:00 UTC, from `first` to `last` (YYYY-MM-DD), oldest first. */
function dailyAutoBackups(first: string, last: string): RotatableBackup[] {
  const backups: RotatableBackup[] = [];
  for (let t = Date.parse(`${first}T02:00:00Z`); t <= Date.parse(`${last}T02:00:00Z`); t += 86_400_000) {
    backups.push(auto(new Date(t).toISOString()));
  }
  return backups;
}

const days = (...dates: string[]) => dates.map((date) => `auto@${date}T02:00:00.000Z`);

function kept(all: RotatableBackup[], deleted: string[]): string[] {
  return all.map((b) => b.fileName).filter((name) => !deleted.includes(name));
}

describe('rotating automatic backups', () => {
  it('deletes nothing while there are fewer days with backups than it keeps', () => {
    const backups = dailyAutoBackups('2024-06-01', '2024-06-05');
    expect(backupsToDelete(backups, Date.parse('2024-06-05T12:00:00Z'), 7, 4)).toEqual([]);
  });

  it('keeps only the newest backup of a day', () => {
    const backups = [
      auto('2024-06-05T01:00:00Z'),
      auto('2024-06-05T09:00:00Z'),
      auto('2024-06-05T17:00:00Z'),
      auto('2024-06-04T23:00:00Z'),
    ];
    const deleted = backupsToDelete(backups, Date.parse('2024-06-05T18:00:00Z'), 7, 0);
    expect(deleted.sort()).toEqual(['auto@2024-06-05T01:00:00Z', 'auto@2024-06-05T09:00:00Z']);
  });

  it('counts days that have a backup, so a holiday without backups costs no kept day', () => {
    const backups = [
      ...dailyAutoBackups('2024-04-20', '2024-04-30'),
      ...dailyAutoBackups('2024-05-06', '2024-05-08'),
    ];
    const deleted = backupsToDelete(backups, Date.parse('2024-05-08T12:00:00Z'), 5, 0);
    expect(kept(backups, deleted)).toEqual(
      days('2024-04-29', '2024-04-30', '2024-05-06', '2024-05-07', '2024-05-08'),
    );
  });

  it('keeps the newest of each earlier ISO week beyond the kept days', () => {
    // 2024-06-30 is a Sunday: the seven kept days are exactly ISO week 26 (Mon 24 to Sun 30).
    const backups = dailyAutoBackups('2024-04-01', '2024-06-30');
    const deleted = backupsToDelete(backups, Date.parse('2024-06-30T12:00:00Z'), 7, 4);
    expect(kept(backups, deleted)).toEqual(
      days(
        '2024-06-02',
        '2024-06-09',
        '2024-06-16',
        '2024-06-23',
        '2024-06-24',
        '2024-06-25',
        '2024-06-26',
        '2024-06-27',
        '2024-06-28',
        '2024-06-29',
        '2024-06-30',
      ),
    );
  });

  it('does not count a week whose newest backup is already kept as a day', () => {
    // Wednesday 2024-06-26: the two kept days are in week 26, whose older Monday backup goes.
    const backups = dailyAutoBackups('2024-06-10', '2024-06-26');
    const deleted = backupsToDelete(backups, Date.parse('2024-06-26T12:00:00Z'), 2, 2);
    expect(kept(backups, deleted)).toEqual(days('2024-06-16', '2024-06-23', '2024-06-25', '2024-06-26'));
  });

  it('keeps only days when no weeks are asked for', () => {
    const backups = dailyAutoBackups('2024-06-01', '2024-06-30');
    const deleted = backupsToDelete(backups, Date.parse('2024-06-30T12:00:00Z'), 3, 0);
    expect(kept(backups, deleted)).toEqual(days('2024-06-28', '2024-06-29', '2024-06-30'));
  });

  it('skips weeks without backups when counting weeks', () => {
    const backups = [
      auto('2024-03-04T02:00:00Z'), // week 10
      auto('2024-03-05T02:00:00Z'), // week 10, newer
      auto('2024-04-10T02:00:00Z'), // week 15
      auto('2024-06-30T02:00:00Z'), // week 26, the kept day
    ];
    const deleted = backupsToDelete(backups, Date.parse('2024-06-30T12:00:00Z'), 1, 2);
    expect(deleted).toEqual(['auto@2024-03-04T02:00:00Z']);
  });

  it('places the days around New Year in the ISO week they belong to', () => {
    // Thu 2020-12-31 and Sun 2021-01-03 are both in ISO week 53 of 2020; Mon 2021-01-04 starts week 1.
    const backups = [
      auto('2020-12-31T02:00:00Z'),
      auto('2021-01-03T02:00:00Z'),
      auto('2021-01-04T02:00:00Z'),
      auto('2021-01-11T02:00:00Z'),
    ];
    const deleted = backupsToDelete(backups, Date.parse('2021-01-11T12:00:00Z'), 1, 2);
    expect(deleted).toEqual(['auto@2020-12-31T02:00:00Z']);
  });

  it('splits days at local midnight for the offset it is given', () => {
    // 17:00 UTC on 1 May is already 01:00 on 2 May in China (UTC+8).
    const backups = [auto('2024-05-01T10:00:00Z'), auto('2024-05-01T17:00:00Z')];
    const now = Date.parse('2024-05-01T18:00:00Z');
    expect(backupsToDelete(backups, now, 2, 0, 0)).toEqual(['auto@2024-05-01T10:00:00Z']);
    expect(backupsToDelete(backups, now, 2, 0, 480)).toEqual([]);
  });

  it('never deletes manual or safety backups, and they take no kept day', () => {
    const backups = [
      backup('manual', '2024-06-01T08:00:00Z'),
      backup('safety', '2024-06-02T08:00:00Z'),
      auto('2024-06-03T02:00:00Z'),
      auto('2024-06-04T02:00:00Z'),
      backup('manual', '2024-06-04T09:00:00Z'),
    ];
    const deleted = backupsToDelete(backups, Date.parse('2024-06-05T00:00:00Z'), 1, 0);
    expect(deleted).toEqual(['auto@2024-06-03T02:00:00Z']);
  });

  it('keeps backups dated in the future and does not let them push out real ones', () => {
    const backups = [
      auto('2024-06-01T02:00:00Z'),
      auto('2024-06-02T02:00:00Z'),
      auto('2031-01-01T02:00:00Z'),
    ];
    const deleted = backupsToDelete(backups, Date.parse('2024-06-02T12:00:00Z'), 1, 0);
    expect(deleted).toEqual(['auto@2024-06-01T02:00:00Z']);
  });

  it('leaves its input untouched', () => {
    const backups = dailyAutoBackups('2024-06-01', '2024-06-10');
    const copy = structuredClone(backups);
    backupsToDelete(backups, Date.parse('2024-06-10T12:00:00Z'), 2, 1);
    expect(backups).toEqual(copy);
  });
});
