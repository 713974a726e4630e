import { useCallback } from 'react';
import { useSession } from '../../app/session';

/** Who and when a write happens; passed in so that commands stay testable without a clock. */
export interface WriteContext {
  actor: string;
  now: number;
  newId?: () => string;
}

export const newIdOf = (ctx: WriteContext) => ctx.newId?.() ?? crypto.randomUUID();

/** The actor and clock a write is stamped with, read at the moment of the write. */
export function useWriteContext(): () => WriteContext {
  const { appInfo } = useSession();
  return useCallback(() => ({ actor: appInfo.userName, now: Date.now() }), [appInfo.userName]);
}
