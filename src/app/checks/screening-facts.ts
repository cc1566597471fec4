import type { Context } from '../../engine/contract/context.js';
import type { AppContext } from '../context.js';
import { workflowScreeningContext } from '../workflows/screening-context.js';

/** What the workflows know about one organization that the engine's context needs. */
export type ScreeningFacts = Pick<Context, 'consents' | 'approvals' | 'accounts' | 'grants' | 'courtAuthorizations' | 'recentPosts'>;

/**
 * One source of facts for a check: reads the store (never the roster, which is cached
 * separately) and returns part of the context. Runs on every check, so keep it to indexed
 * queries of the organization (and the person, where that is enough).
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

/** Consents, approvals, accounts, grants and court authorizations kept by the workflows. */
const workflows: ScreeningFactsSource = (app, q) => workflowScreeningContext(app, q.orgId);

/** Every source, merged in order (arrays concatenate). Add a source here for any new kind of fact. */
export const SCREENING_FACT_SOURCES: readonly ScreeningFactsSource[] = [recentPosts, workflows];

/** Gathers the facts of every source. */
export async function gatherFacts(app: AppContext, q: { orgId: string; personId: string; now: Date }): Promise<ScreeningFacts> {
  const parts = await Promise.all(SCREENING_FACT_SOURCES.map((source) => source(app, q)));
  const merged: Record<string, unknown[]> = {};
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      if (Array.isArray(value)) merged[key] = [...(merged[key] ?? []), ...(value as unknown[])];
    }
  }
  return merged as ScreeningFacts;
}
