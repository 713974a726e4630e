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

/** The actor and clock a write is stamped with, read at the moment of the write. */
export function useWriteContext(): () => WriteContext {
  const { appInfo } = useSession();
  return useCallback(() => ({ actor: appInfo.userName, now: Date.now() }), [appInfo.userName]);
}

/** Adds to a counter row in the caller's transaction (see Counter in db/database.ts). */
export async function bumpCounter(
  counters: {
    get(key: string): Promise<{ value: number } | undefined>;
    put(row: { key: string; value: number }): Promise<unknown>;
  },
  key: string,
  delta: number,
) {
  const row = await counters.get(key);
  await counters.put({ key, value: (row?.value ?? 0) + delta });
}
