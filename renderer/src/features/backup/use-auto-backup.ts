import { useEffect, useRef } from 'react';
import { isBackupDue } from '../../../../shared/domain/backup-schedule';
import { useSession } from '../../app/session';
import { db } from '../../db';
import { platform } from '../../platform';
import { createBackup } from './backup-commands';

const CHECK_EVERY_MS = 30 * 60 * 1000;
/** Let the first screen settle before a backup competes with it for the disk. */
const FIRST_CHECK_AFTER_MS = 20 * 1000;

/**
 * Automatic backups: checked soon after start ("on start when the last is older") and every half
 * hour while the app is open. A failure is left for the next check; Settings shows the last backup.
 */
export function useAutoBackup() {
  const { settings, reloadSettings } = useSession();
  const busy = useRef(false);
  const schedule = settings.backup.schedule;
  const lastAt = settings.lastBackup?.createdAt ?? null;

  useEffect(() => {
    if (schedule === 'off') return;
    const check = async () => {
      if (busy.current || !isBackupDue(schedule, lastAt, Date.now())) return;
      busy.current = true;
      try {
        await createBackup(db, platform, 'auto');
        await reloadSettings();
      } catch {
        // Left for the next check: a USB drive may simply be unplugged right now.
      } finally {
        busy.current = false;
      }
    };
    const first = setTimeout(() => void check(), FIRST_CHECK_AFTER_MS);
    const timer = setInterval(() => void check(), CHECK_EVERY_MS);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [schedule, lastAt, reloadSettings]);
}
