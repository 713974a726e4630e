import { useCallback } from 'react';
import { useSession } from '../../app/session';

/** Who and when a write happens; passed in so commands stay testable without a clock. */
export interface WriteContext {
  actor: string;
  now: number;
  newId?: () => string;
}

export function newId(ctx: WriteContext): string {
  return ctx.newId?.() ?? crypto.randomUUID();
}

const plain = (base: WriteContext) => base;

/**
 * The actor and clock a write is stamped with, read at the moment of the write. `extend` adds what a
 * feature's commands need besides (today's date, the HTML sanitiser); pass a module-level function.
 */
export function useWriteContext(): () => WriteContext;
export function useWriteContext<C extends WriteContext>(extend: (base: WriteContext) => C): () => C;
export function useWriteContext(extend: (base: WriteContext) => WriteContext = plain) {
  const { appInfo } = useSession();
  return useCallback(() => extend({ actor: appInfo.userName, now: Date.now() }), [appInfo.userName, extend]);
}
