import { createContext, useContext } from 'react';
import type { AppInfo, Language, RequestOf, Settings } from '../../../shared/contract';

/** What every screen may need to know about the running app, loaded once at start. */
export interface Session {
  appInfo: AppInfo;
  settings: Settings;
  language: Language;
  setLanguage(language: Language): Promise<void>;
  updateSettings(changes: RequestOf<'updateSettings'>): Promise<Settings>;
  /** Reads the settings again after the main process changed them (a backup sets `lastBackup`). */
  reloadSettings(): Promise<void>;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionContext');
  return session;
}
