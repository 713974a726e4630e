import { useCallback, useRef, useState } from 'react';
import type { BackupSummary } from '../../../../shared/contract';
import { db } from '../../db';
import { platform } from '../../platform';
import { createBackup, type BackupKind } from './backup-commands';

export interface RunningWork {
  step: string;
  fraction: number;
}

/** Runs one long piece of work at a time with progress and a cancel button. */
export function useLongWork() {
  const [running, setRunning] = useState<RunningWork | null>(null);
  const controller = useRef<AbortController | null>(null);

  const run = useCallback(
    async <T>(work: (signal: AbortSignal, report: (w: RunningWork) => void) => Promise<T>) => {
      controller.current = new AbortController();
      setRunning({ step: 'export', fraction: 0 });
      try {
        return await work(controller.current.signal, setRunning);
      } finally {
        setRunning(null);
        controller.current = null;
      }
    },
    [],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  return { running, run, cancel };
}

export function useBackupNow() {
  const work = useLongWork();
  const backupNow = useCallback(
    (kind: BackupKind = 'manual'): Promise<BackupSummary> =>
      work.run((signal, report) =>
        createBackup(db, platform, kind, {
          signal,
          onProgress: (fraction, step) => report({ fraction, step }),
        }),
      ),
    [work],
  );
  return { ...work, backupNow };
}
