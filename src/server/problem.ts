import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type AppErrorCode } from '../app/errors.js';
import { InvalidCursorError } from '../store/pagination.js';

/**
 * THE table from stable error codes to HTTP. Domain and platform code throw or return
 * errors with these codes and never think in HTTP; only this file does.
 */
export const PROBLEM_TABLE: Readonly<Record<AppErrorCode, { status: number; title: string }>> = {
  validation: { status: 400, title: 'Invalid request' },
  unauthenticated: { status: 401, title: 'Sign-in required' },
  forbidden: { status: 403, title: 'Not allowed' },
  csrf_failed: { status: 403, title: 'CSRF token missing or wrong' },
  password_change_required: { status: 403, title: 'Password change required' },
  not_found: { status: 404, title: 'Not found' },
  conflict: { status: 409, title: 'Conflict' },
  invalid_state: { status: 409, title: 'Not possible in the current state' },
  payload_too_large: { status: 413, title: 'Request body too large' },
  unsupported_media_type: { status: 415, title: 'Unsupported media type' },
  idempotency_conflict: { status: 422, title: 'Idempotency key reused with another request' },
  rate_limited: { status: 429, title: 'Too many requests' },
  oidc_not_configured: { status: 404, title: 'No OpenID Connect sign-in for this organization' },
  oidc_state_invalid: { status: 400, title: 'Sign-in attempt unknown, expired, already used or from another browser' },
  oidc_denied: { status: 401, title: 'The identity provider refused the sign-in' },
  oidc_token_invalid: { status: 401, title: 'The ID token failed validation' },
  oidc_unknown_user: { status: 403, title: 'Not a member of this organization' },
  oidc_provider_unavailable: { status: 502, title: 'The identity provider could not be reached' },
};

/** An RFC 9457 problem document, with the stable `code` and the `field` at fault. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  field?: string;
  reason?: string;
  instance?: string;
}

function fromAppError(error: AppError): Problem {
  const row = PROBLEM_TABLE[error.code];
  return {
    type: `https://postwise.dev/problems/${error.code}`, title: row.title, status: row.status, detail: error.message, code: error.code,
    ...(error.field ? { field: error.field } : {}), ...(error.reason ? { reason: error.reason } : {}),
  };
}

/** Translates whatever was thrown (ours, zod's, Fastify's) into an AppError, or null for a bug. */
export function toAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  if (error instanceof InvalidCursorError) return new AppError('validation', 'cursor is not one this service issued', { field: 'cursor' });
  if (hasZodFastifySchemaValidationErrors(error)) {
    const first = error.validation[0];
    const where = (error as FastifyError).validationContext ?? 'body';
    const path = first?.instancePath.replace(/^\//, '').replace(/\//g, '.') ?? '';
    const field = path ? `${where === 'body' ? '' : `${where}.`}${path}` : where;
    return new AppError('validation', `${field}: ${first?.message ?? 'invalid'}`, { field });
  }
  const fe = error as Partial<FastifyError>;
  if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return new AppError('payload_too_large', 'the request body is larger than this endpoint accepts');
  if (fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return new AppError('unsupported_media_type', 'send application/json');
  if (fe.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || fe.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || (fe.statusCode === 400 && fe.code?.startsWith('FST_ERR_CTP'))) {
    return new AppError('validation', 'the body is not valid JSON', { field: 'body' });
  }
  if (fe.statusCode === 429) return new AppError('rate_limited', fe.message ?? 'slow down');
  return null;
}

/** Sends a problem document. */
export function sendProblem(reply: FastifyReply, request: FastifyRequest, error: AppError): FastifyReply {
  const problem = { ...fromAppError(error), instance: request.url.split('?')[0] };
  return reply.code(problem.status).type('application/problem+json').send(problem);
}

/** The server's error handler: known errors become problems; anything else is logged and hidden. */
export function errorHandler(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const known = toAppError(error);
  if (known) return sendProblem(reply, request, known);
  request.log.error({ err: error }, 'unhandled error');
  return reply.code(500).type('application/problem+json').send({
    type: 'about:blank', title: 'Internal error', status: 500, detail: 'something went wrong on our side', code: 'internal',
  });
}
