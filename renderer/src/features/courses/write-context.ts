import { useCallback } from 'react';
import { useSession } from '../../app/session';
import { sanitizeHtml } from '../rich-text';
import type { LessonWriteContext } from './lesson-commands';

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
export function useWriteContext(): () => LessonWriteContext {
  const { appInfo } = useSession();
  return useCallback(
    () => ({ actor: appInfo.userName, now: Date.now(), sanitize: sanitizeHtml }),
    [appInfo.userName],
  );
}
