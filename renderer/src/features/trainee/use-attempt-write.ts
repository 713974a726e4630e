import { useCallback } from 'react';
import { useSession } from '../../app/session';
import type { AttemptWriteContext } from './commands';

/** The actor and clock a write is stamped with, read at the moment of the write. */
export function useAttemptWrite(): () => AttemptWriteContext {
  const { appInfo } = useSession();
  return useCallback(() => ({ actor: appInfo.userName, now: Date.now() }), [appInfo.userName]);
}
