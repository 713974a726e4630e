import type { TFunction } from 'i18next';
import { errorMessage } from '../../app/error-message';
import { isLendingRefusal, lendingContext } from '../loans';
import { useWriteContext } from '../shared-ui';

/** Who, when and which local calendar day a write happens (the engine counts due dates in days). */
export function useCirculationContext() {
  return useWriteContext(lendingContext);
}

/** An engine refusal says why in the user's language; anything else is the app's usual message. */
export function circulationError(t: TFunction, error: unknown): string {
  if (isLendingRefusal(error)) return t(`lending:refusal.${error.code}`, { ns: 'lending', ...error.params });
  return errorMessage(t, error);
}
