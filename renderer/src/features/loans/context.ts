import { localDate } from '../../../../shared/domain/record';
import type { WriteContext } from '../shared-ui';

/**
 * Who, when, and which calendar day a lending command runs on. `today` (`YYYY-MM-DD`, the desk
 * computer's local day) is passed in like `now`, so due dates and overdue checks stay testable.
 */
export interface LendingContext extends WriteContext {
  today: string;
}

/** For `useWriteContext(lendingContext)`: adds the local calendar day of `now`. */
export function lendingContext(base: WriteContext): LendingContext {
  return { ...base, today: localDate(new Date(base.now)) };
}
