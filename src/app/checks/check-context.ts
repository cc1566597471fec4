import type { Context, RosterEntry } from '../../engine/contract/context.js';
import { compileContext, type CompiledContext } from '../../engine/index.js';
import { iso } from '../ports.js';
import type { RecentPost } from './recent-posts.js';
import type { CompiledRoster } from './roster-cache.js';
import type { ScreeningFacts } from './screening-facts.js';

/** The organization columns its facts come from, as stored (JSON arrays). */
interface OrganizationColumns {
  readonly name: string;
  readonly aliases: string;
  readonly email_domains: string;
}

interface Base {
  readonly key: string;
  readonly compiled: CompiledContext;
}

/**
 * A check's compiled context, put together from parts that change at different rates:
 * the roster matcher (per roster version), the organization and its workflow facts
 * (compiled once per facts version and organization row, here), and the check's own
 * `now` and recent posts. Compiling the whole context on every check would build an empty
 * roster index each time (a 128 kB filter: a tenth of a check's server CPU, and much of its
 * garbage); the result is the same as `compileContext` of the whole context (a test holds it).
 */
export class CheckContexts {
  /** Per facts object (a new one per facts version): the compiled base, and the organization columns it was compiled from. */
  private readonly bases = new WeakMap<ScreeningFacts, Base>();

  /** The context of one check. */
  of(org: OrganizationColumns, facts: ScreeningFacts, roster: CompiledRoster, now: Date, recentPosts: RecentPost[]): CompiledContext {
    const base = this.base(org, facts);
    const at = iso(now);
    const source: Context = { ...base.source, now: at, recentPosts, roster: roster.entries as RosterEntry[] };
    return { ...base, source, now: now.getTime(), roster: roster.compiled.roster, rosterById: roster.compiled.rosterById };
  }

  private base(org: OrganizationColumns, facts: ScreeningFacts): CompiledContext {
    const key = `${org.name}\u0000${org.aliases}\u0000${org.email_domains}`;
    const hit = this.bases.get(facts);
    if (hit?.key === key) return hit.compiled;
    const compiled = compileContext({ organization: organizationFacts(org), ...facts });
    this.bases.set(facts, { key, compiled });
    return compiled;
  }
}

/** The organization's name, aliases and email domains, from its row. */
function organizationFacts(org: OrganizationColumns): NonNullable<Context['organization']> {
  return { name: org.name, aliases: JSON.parse(org.aliases) as string[], emailDomains: JSON.parse(org.email_domains) as string[] };
}
