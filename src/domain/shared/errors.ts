/**
 * Domain errors are values, never thrown: each has a stable `code` that the HTTP edge maps to a
 * status in one table, and an optional `field` naming the input at fault (for problem+json).
 */
export const DOMAIN_ERROR_CODES = ['not_found', 'forbidden', 'conflict', 'invalid_state', 'validation'] as const;
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

export interface DomainError {
  readonly code: DomainErrorCode;
  /** A sentence for people: what is wrong and, where it helps, what to do. */
  readonly message: string;
  /** Dotted path of the input field at fault, e.g. `validUntil` or `publishedItems.0.activityId`. */
  readonly field?: string;
  /** A finer, stable reason within the code, e.g. `already_decided`, `client_consent_required`. */
  readonly reason?: string;
}

/** Builds a domain error value. */
export function domainError(
  code: DomainErrorCode,
  message: string,
  extra: { field?: string; reason?: string } = {},
): DomainError {
  return Object.freeze({ code, message, ...extra });
}
