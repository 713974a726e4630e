import type { z } from 'zod';
import { DomainError } from '../../../../shared/domain/errors';

/** Parses a form's values with its schema; the first problem becomes a DomainError under its field. */
export function validated<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new DomainError(issue.message, String(issue.path[0] ?? ''));
}
