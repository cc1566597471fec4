import type { z } from 'zod';
import { domainError, type DomainError } from './errors.js';

/** The parsed input, or a `validation` error naming the first field at fault. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: DomainError };

/**
 * Validates a workflow's input against its zod contract. Workflows accept `unknown` input so that
 * every caller (HTTP, CLI, demo, tests) gets the same checks.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): Parsed<z.output<S>> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : undefined;
  const message = issue ? `${field ?? 'input'}: ${issue.message}` : 'The input is invalid.';
  return { ok: false, error: domainError('validation', message, field === undefined ? {} : { field }) };
}
