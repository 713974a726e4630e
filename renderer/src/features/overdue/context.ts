import { localDate } from '../../../../shared/domain/record';
import type { WriteContext } from '../shared-ui';
import type { ReminderContext } from './commands';

/** A reminder run counts days overdue from the local date of the moment it runs. */
export function withToday(base: WriteContext): ReminderContext {
  return { ...base, today: localDate(new Date(base.now)) };
}
