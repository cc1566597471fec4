import type { Context } from '../../engine/contract/context.js';
import type { AppContext } from '../context.js';
import { workflowScreeningContext } from '../workflows/screening-context.js';

/** What the workflows know about one organization that the engine's context needs. */
export type ScreeningFacts = Pick<Context, 'consents' | 'approvals' | 'accounts' | 'grants' | 'courtAuthorizations' | 'recentPosts'>;

/**
 * One source of facts for a check: reads the store (never the roster, which is cached
 * separately) and returns part of the context.
 */
export type ScreeningFactsSource = (app: AppContext, q: { orgId: string; personId: string; now: Date }) => Promise<ScreeningFacts>;

const RECENT_HOURS = 24;

/** The person's own recent checked posts, for repetition and pile-on detection. */
const recentPosts: ScreeningFactsSource = async (app, q) => {
  const since = new Date(q.now.getTime() - RECENT_HOURS * 3_600_000).toISOString();
  const rows = await app.store.checks.recentOfPerson(q.orgId, q.personId, since, 20);
  const posts = rows.flatMap((r) => {
    const a = JSON.parse(r.activity) as { text?: unknown };
    return typeof a.text === 'string' ? [{ text: a.text, at: r.created_at, authorId: q.personId }] : [];
  });
  return { recentPosts: posts };
};

/**
 * The workflows' facts of an organization: consents, approvals, accounts, grants and court
 * authorizations. Cached by the caller per `organizations.facts_version`, which the audit writer
 * bumps with every workflow event; the engine itself checks validity dates against `now`.
 */
export const workflowFacts = (app: AppContext, orgId: string): Promise<ScreeningFacts> => workflowScreeningContext(app, orgId);

/** Facts read afresh on every check (they change with every check). */
export const PER_CHECK_SOURCES: readonly ScreeningFactsSource[] = [recentPosts];

/** Merges parts of a context (arrays concatenate). */
export function mergeFacts(parts: readonly ScreeningFacts[]): ScreeningFacts {
  const merged: Record<string, unknown[]> = {};
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      if (Array.isArray(value)) merged[key] = [...(merged[key] ?? []), ...(value as unknown[])];
    }
  }
  return merged as ScreeningFacts;
}
