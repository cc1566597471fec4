import type { z } from 'zod';
import type { Actor } from './actor.js';
import { domainError, type DomainError } from './errors.js';
import { failure, type Outcome } from './outcome.js';
import { parseInput } from './validate.js';

/** A use case that acts on a record on file: the record, who acts, the guards, and the change. */
export interface RecordChange<T extends { readonly orgId: string }, S extends z.ZodType, R> {
  /** What the record is, for the refusal of another organization's: "No such consent." */
  readonly noun: string;
  readonly record: T;
  readonly actor: Actor;
  /** Why this actor may not act on the record (wrong role, not the assignee…), if so. */
  readonly mayAct?: () => DomainError | null;
  /** Why the record cannot change from its current state (already done, expired…), if so. */
  readonly allowed?: () => DomainError | null;
  readonly schema: S;
  readonly input: unknown;
  /** The change itself, once every guard passed and the input is valid. */
  readonly apply: (input: z.output<S>) => Outcome<R>;
}

/**
 * The one shape of every change to a record on file, so that each refuses alike: another
 * organization's record is not found (its existence does not leak), then the actor is checked,
 * then the record's state, then the input — the first refusal wins — and only then the change.
 */
export function changeRecord<T extends { readonly orgId: string }, S extends z.ZodType, R>(change: RecordChange<T, S, R>): Outcome<R> {
  if (change.record.orgId !== change.actor.org.id) return failure(domainError('not_found', `No such ${change.noun}.`));
  const refused = change.mayAct?.() ?? change.allowed?.() ?? null;
  if (refused) return failure(refused);
  const parsed = parseInput(change.schema, change.input);
  if (!parsed.ok) return failure(parsed.error);
  return change.apply(parsed.value);
}
