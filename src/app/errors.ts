import { DOMAIN_ERROR_CODES, type DomainError } from '../domain/shared/errors.js';

/**
 * Every stable error code the service reports: the workflows' codes and the platform's.
 * The HTTP edge maps each to a status in one table (`src/server/problem.ts`).
 */
export const APP_ERROR_CODES = [
  ...DOMAIN_ERROR_CODES,
  'unauthenticated', 'csrf_failed', 'rate_limited', 'payload_too_large', 'idempotency_conflict',
  'password_change_required', 'unsupported_media_type',
  // OpenID Connect sign-in (src/app/auth/oidc):
  'oidc_not_configured', 'oidc_state_invalid', 'oidc_denied', 'oidc_token_invalid', 'oidc_unknown_user', 'oidc_provider_unavailable',
] as const;
export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

/**
 * An error of the imperative shell, with a stable code and the input field at fault.
 * Domain workflows return `DomainError` values; the shell throws them as `AppError`.
 */
export class AppError extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly extra: { readonly field?: string | undefined; readonly reason?: string | undefined } = {},
  ) {
    super(message);
  }
  get field(): string | undefined { return this.extra.field; }
  get reason(): string | undefined { return this.extra.reason; }
}

/** Turns a workflow's refusal into a throwable error. */
export function fromDomainError(error: DomainError): AppError {
  return new AppError(error.code, error.message, { field: error.field, reason: error.reason });
}

/** Shorthands for the common cases. */
export const notFound = (what: string, field?: string): AppError => new AppError('not_found', `${what} not found`, { field });
export const forbidden = (message = 'your role does not allow this'): AppError => new AppError('forbidden', message);
export const invalid = (message: string, field?: string, reason?: string): AppError =>
  new AppError('validation', message, { field, reason });
export const conflict = (message: string, field?: string, reason?: string): AppError =>
  new AppError('conflict', message, { field, reason });
