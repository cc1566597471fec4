import type { Context } from '../../engine/contract/context.js';
import type { Repositories } from '../../store/store.js';

/** What the workflows know about one organization that the engine's context needs. */
export type ScreeningFacts = Pick<Context, 'consents' | 'approvals' | 'accounts' | 'grants' | 'courtAuthorizations' | 'recentPosts'>;

/**
 * One source of facts for a check: reads the store (never the roster, which is cached
 * separately) and returns part of the context. Runs on every check, so keep it to indexed
 * queries of the organization (and the person, where that is enough).
 */
export type ScreeningFactsSource = (store: Repositories, q: { orgId: string; personId: string; now: Date }) => Promise<ScreeningFacts>;

const RECENT_HOURS = 24;

/** The person's own recent checked posts, for repetition and pile-on detection. */
const recentPosts: ScreeningFactsSource = async (store, q) => {
  const since = new Date(q.now.getTime() - RECENT_HOURS * 3_600_000).toISOString();
  const rows = await store.checks.recentOfPerson(q.orgId, q.personId, since, 20);
  const posts = rows.flatMap((r) => {
    const a = JSON.parse(r.activity) as { text?: unknown };
    return typeof a.text === 'string' ? [{ text: a.text, at: r.created_at, authorId: q.personId }] : [];
  });
  return { recentPosts: posts };
};

/**
 * Every source, merged in order (arrays concatenate). Workflows: add one source per table
 * (consents, approvals, accounts, grants, court authorizations), mapping records to the
 * contract's shapes with your `to-screening-*.ts` functions.
 */
export const SCREENING_FACT_SOURCES: readonly ScreeningFactsSource[] = [recentPosts];

/** Gathers the facts of every source. */
export async function gatherFacts(store: Repositories, q: { orgId: string; personId: string; now: Date }): Promise<ScreeningFacts> {
  const parts = await Promise.all(SCREENING_FACT_SOURCES.map((source) => source(store, q)));
  const merged: Record<string, unknown[]> = {};
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      if (Array.isArray(value)) merged[key] = [...(merged[key] ?? []), ...(value as unknown[])];
    }
  }
  return merged as ScreeningFacts;
}
