import type { Approval, Consent, Context, CourtAuthorization, Grant, RosterEntry } from '../contract/context.js';
import { compileRoster } from '../roster/compile-roster.js';
import type { RosterMatcher } from '../roster/types.js';
import { foldText } from '../text/fold.js';
import { parseInstant } from './time.js';

/**
 * A context prepared for evaluation: what is costly (the roster matcher, look-up maps)
 * is built once and reused for every activity of a batch.
 */
export interface CompiledContext {
  readonly source: Context;
  /** Milliseconds since the epoch, from the context's `now`; the activity's `at` wins when given. */
  readonly now: number | undefined;
  readonly roster: RosterMatcher;
  readonly rosterById: ReadonlyMap<string, RosterEntry>;
  readonly organizationNames: readonly string[];
  readonly emailDomains: readonly string[];
  readonly consentsBySubject: ReadonlyMap<string, readonly Consent[]>;
  readonly approvals: readonly Approval[];
  readonly grants: readonly Grant[];
  readonly courtAuthorizations: readonly CourtAuthorization[];
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/** Compiles a validated context. Pass the result to every `evaluate` of a batch. */
export function compileContext(context: Context): CompiledContext {
  const roster = context.roster ?? [];
  const org = context.organization;
  const names = [org?.name, ...(org?.aliases ?? [])].filter((n): n is string => typeof n === 'string' && n.trim() !== '');
  return {
    source: context,
    now: context.now === undefined ? undefined : parseInstant(context.now),
    roster: compileRoster(roster),
    rosterById: new Map(roster.map((entry) => [entry.id, entry])),
    organizationNames: names,
    emailDomains: (org?.emailDomains ?? []).map((d) => foldText(d.trim())),
    consentsBySubject: groupBy(context.consents ?? [], (c) => c.subject),
    approvals: context.approvals ?? [],
    grants: context.grants ?? [],
    courtAuthorizations: context.courtAuthorizations ?? [],
  };
}
