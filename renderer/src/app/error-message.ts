import type { TFunction } from 'i18next';
import { DomainError } from '../../../shared/domain/errors';
import { PlatformError } from '../platform';

/** What to tell the user about a failure, in their language; never a stack trace. */
export function errorMessage(t: TFunction, error: unknown): string {
  if (error instanceof DomainError) return t(error.code, { ns: 'common', ...error.params });
  if (error instanceof PlatformError) {
    const key = `errors.${error.code}`;
    return t(key, { ns: 'common', defaultValue: t('errors.unexpected', { ns: 'common' }) });
  }
  return t('errors.unexpected', { ns: 'common' });
}
