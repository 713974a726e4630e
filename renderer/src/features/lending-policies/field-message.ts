import type { FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

/** Schema messages are keys of the overdue namespace; errors from a write are already translated (type 'server'). */
export function useFieldMessage() {
  const { t } = useTranslation('overdue');
  return (error: FieldError | undefined) =>
    error?.message ? (error.type === 'server' ? error.message : t(error.message)) : undefined;
}
