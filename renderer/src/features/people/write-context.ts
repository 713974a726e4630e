import { useCallback } from 'react';
import { localDate } from '../../../../shared/domain/record';
import { useSession } from '../../app/session';
import type { WriteContext } from './commands';

/** The actor and clock a write is stamped with, read at the moment of the write. */
export function useWriteContext(): () => WriteContext {
  const { appInfo } = useSession();
  return useCallback(() => {
    const now = new Date();
    return { actor: appInfo.userName, now: now.getTime(), today: localDate(now) };
  }, [appInfo.userName]);
}
