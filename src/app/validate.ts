import type { z } from 'zod';
import { invalid } from './errors.js';

/** Parses input with a schema, throwing a `validation` error naming the first field at fault. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.join('.') || undefined;
  throw invalid(`${field ? `${field}: ` : ''}${issue?.message ?? 'invalid input'}`, field);
}
