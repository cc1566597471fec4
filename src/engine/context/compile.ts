import type { Context } from '../contract/context.js';
import type { RosterMatcher } from '../roster/types.js';

/**
 * A context prepared for evaluation: what is costly (the roster matcher, look-up maps)
 * is built once and reused for every activity of a batch.
 */
export interface CompiledContext {
  readonly source: Context;
  /** Milliseconds since the epoch; the activity's `at` or the context's `now`. */
  readonly now: number | undefined;
  readonly roster: RosterMatcher;
}
