import type { TFunction } from 'i18next';
import { errorMessage } from '../../app/error-message';
import { isLendingRefusal, lendingContext } from '../loans';
import { useWriteContext } from '../shared-ui';

/** Who, when and which local calendar day a desk action happens, read at the moment of the action. */
export function useLendingContext() {
  return useWriteContext(lendingContext);
}

/** A refusal says why in the user's language; anything else is the app's usual message. */
export function deskErrorMessage(t: TFunction, error: unknown): string {
  if (isLendingRefusal(error)) return t(`lending:refusal.${error.code}`, error.params);
  return errorMessage(t, error);
}
