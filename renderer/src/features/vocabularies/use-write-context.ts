import { useCallback } from 'react';
import { useSession } from '../../app/session';
import type { VocabularyWriteContext } from './commands';

/** The actor and clock a write is stamped with, read at the moment of the write. */
export function useVocabularyWriteContext(): () => VocabularyWriteContext {
  const { appInfo } = useSession();
  return useCallback(() => ({ actor: appInfo.userName, now: Date.now() }), [appInfo.userName]);
}
