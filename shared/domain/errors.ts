/**
 * A refusal the user must understand. `code` is an i18n key under `errors.` so the screen can say
 * it in the user's language; `field` names the form field it belongs under, when there is one.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly field?: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
    this.name = 'DomainError';
  }
}
