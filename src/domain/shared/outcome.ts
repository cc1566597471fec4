import type { DomainEvent } from '../audit-events.js';
import type { FollowUpTask } from '../follow-up-tasks.js';
import type { DomainError } from './errors.js';

/**
 * What a successful workflow returns: the new or changed record(s), the audit events the caller
 * writes in the same transaction, and the follow-up tasks it opens.
 */
export interface Success<R> {
  readonly ok: true;
  readonly record: R;
  readonly events: readonly DomainEvent[];
  readonly tasks: readonly FollowUpTask[];
}

/** A refused workflow: nothing to write. */
export interface Failure {
  readonly ok: false;
  readonly error: DomainError;
}

/** Either the change to write, or why it was refused. */
export type Outcome<R> = Success<R> | Failure;

/** Wraps a successful change. */
export function success<R>(record: R, events: readonly DomainEvent[], tasks: readonly FollowUpTask[] = []): Success<R> {
  return { ok: true, record, events, tasks };
}

/** Wraps a refusal. */
export function failure(error: DomainError): Failure {
  return { ok: false, error };
}
