import { localDate } from '../../../../shared/domain/record';
import { useWriteContext as useBaseWriteContext, type WriteContext as BaseContext } from '../shared-ui';
import type { WriteContext } from './commands';

// Today's date from the same instant as `now`, so a hire date is checked against the day of the write.
const withToday = (base: BaseContext): WriteContext => ({ ...base, today: localDate(new Date(base.now)) });

export const useWriteContext = () => useBaseWriteContext(withToday);
