import type { Activity } from '../../engine/contract/activity.js';
import type { ScreeningResult } from '../../engine/contract/result.js';
import { evaluate } from '../../engine/index.js';
import type { CheckBasis } from '../auth/authenticate.js';
import type { Principal } from '../auth/principal.js';
import type { AppContext } from '../context.js';
import { notFound } from '../errors.js';
import { packForOrganization } from '../packs.js';
import { recordConsentReliance } from '../workflows/publications.js';
import { noReply, type SealReply } from '../idempotent-reply.js';
import { iso, type Clock, type Ids } from '../ports.js';
import type { Store } from '../../store/store.js';
import type { Keyring } from '../../crypto/keyring.js';
import { CheckContexts } from './check-context.js';
import { groupCommitWriter, type CheckWriter } from './check-writer.js';
import { RecentPostsCache } from './recent-posts.js';
import { loadCompiledRoster, type CompiledRoster } from './roster-cache.js';
import { sealActivity } from './sealed-activity.js';
import { workflowFacts, type ScreeningFacts } from './screening-facts.js';
import { VersionedCache } from './versioned-cache.js';

/** A stored check: the engine's result with the check's id and time. */
export interface PerformedCheck extends ScreeningResult {
  readonly id: string;
  readonly createdAt: string;
  readonly packId: string;
  readonly packVersion: string;
}

/** What a server keeps between checks: caches that stay true to the store, and the writer. */
export interface CheckRuntime {
  readonly rosters: VersionedCache<CompiledRoster>;
  readonly facts: VersionedCache<ScreeningFacts>;
  readonly recentPosts: RecentPostsCache;
  readonly writer: CheckWriter;
  readonly contexts: CheckContexts;
}

/** A fresh runtime over the store (one per server instance). */
export function checkRuntime(store: Store, keyring: Keyring, time?: { clock: Clock; ids: Ids }): CheckRuntime {
  return { rosters: new VersionedCache(), facts: new VersionedCache(), recentPosts: new RecentPostsCache(keyring), writer: groupCommitWriter(store, time), contexts: new CheckContexts() };
}

/**
 * Screens an activity for a signed-in person: builds the context from the store (the
 * compiled roster and the workflows' facts, each cached by its version, plus the person's
 * recent posts), runs the engine, and stores the activity, the result and its audit entry in
 * one transaction before answering.
 *
 * `basis`: the organization and the person's newest check, when authentication read them
 * already (in its own statement, this request); otherwise they are read here.
 *
 * The author is the caller: `author.id` and `author.role` are set from the principal,
 * whatever the request said, so nobody screens a post as someone else.
 */
export async function performCheck(
  app: AppContext, rt: CheckRuntime, p: Principal, activity: Activity, seal: SealReply<PerformedCheck> = noReply, basis?: CheckBasis,
): Promise<PerformedCheck> {
  const now = basis?.now ?? app.clock.now();
  const since = basis?.since ?? RecentPostsCache.since(now);
  const found = basis ?? await app.store.organizations.forCheck(p.orgId, p.personId, since);
  if (!found || found.org.id !== p.orgId) throw notFound('organization');
  const { org, newestCheckAt } = found;
  const q = { orgId: org.id, personId: p.personId, now, since, newestCheckAt };
  const [roster, facts, recentPosts] = await Promise.all([
    rt.rosters.get(org.id, org.roster_version, () => loadCompiledRoster(app, org.id)),
    rt.facts.get(org.id, org.facts_version, () => workflowFacts(app, org.id)),
    rt.recentPosts.of(app.store.checks, q),
  ]);
  const context = rt.contexts.of(org, facts, roster, now, recentPosts);
  const screened: Activity = { ...activity, author: { ...activity.author, id: p.personId, role: p.role } };
  // Built-in, or the organization's own pack at the version it is bound to (cached per organization and version).
  const result = evaluate(await packForOrganization(app, org), screened, context);
  const id = app.ids.uuid();
  const createdAt = iso(now);
  // Before the check is stored, so that a stored check never lacks them (a revocation finds what it relied on).
  await recordConsentReliance(app, { orgId: org.id, checkId: id, activity: screened, context, at: now });
  const performed: PerformedCheck = { id, createdAt, packId: org.pack_id, packVersion: org.pack_version, ...result };
  await rt.writer.write({
    check: {
      id, org_id: org.id, person_id: p.personId, verdict: result.verdict,
      activity: sealActivity(app.keyring, org.id, id, screened), result: JSON.stringify(result), created_at: createdAt,
    },
    event: {
      kind: 'check.performed', actorId: p.personId, subjectId: id,
      data: { verdict: result.verdict, categories: [...new Set(result.findings.map((f) => f.category))].sort(), packId: org.pack_id, packVersion: org.pack_version },
    },
    seal: seal === noReply ? undefined : (tx) => seal(tx, performed),
  });
  rt.recentPosts.stored(org.id, p.personId, { id, at: createdAt, activity: screened });
  return performed;
}
