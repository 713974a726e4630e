/**
 * A refusal a service means to tell the user about. `code` crosses the boundary unchanged (the
 * renderer translates it under `errors.`), so it must be one of the contract's error codes or an
 * i18n key, never an internal detail.
 */
export class ServiceError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}
