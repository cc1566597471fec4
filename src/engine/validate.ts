import type { z } from 'zod';
import { activitySchema, type Activity } from './contract/activity.js';
import { contextSchema, type Context } from './contract/context.js';
import { fail, ok, type Outcome } from './result-type.js';

/** A bad input, naming the field at fault (`activity.author.role`) and what is wrong with it. */
export interface InputProblem {
  readonly field: string;
  readonly message: string;
}

function problems(root: string, error: z.ZodError): InputProblem[] {
  return error.issues.map((issue) => {
    const path = [root, ...issue.path.map(String)];
    if (issue.code === 'unrecognized_keys') {
      return { field: [...path, issue.keys[0] ?? ''].join('.'), message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}` };
    }
    return { field: path.join('.'), message: issue.message };
  });
}

/** Validates an activity from outside (JSON, HTTP); unknown fields are an error, as the contract says. */
export function parseActivity(raw: unknown): Outcome<Activity, InputProblem[]> {
  const parsed = activitySchema.safeParse(raw);
  return parsed.success ? ok(parsed.data) : fail(problems('activity', parsed.error));
}

export function parseContext(raw: unknown): Outcome<Context, InputProblem[]> {
  const parsed = contextSchema.safeParse(raw ?? {});
  return parsed.success ? ok(parsed.data) : fail(problems('context', parsed.error));
}

export function formatProblems(list: readonly InputProblem[]): string {
  return list.map((p) => `${p.field}: ${p.message}`).join('; ');
}
