import {
  consentsReliedOn, identifiedSubjects, recordPublication, type Identification, type Publication, type PublishedItem,
} from '../../domain/index.js';
import type { Activity } from '../../engine/contract/activity.js';
import type { CompiledContext } from '../../engine/index.js';
import type { PublicationRow } from '../../store/repositories/publications.js';
import type { UnitOfWork } from '../../store/store.js';
import { toActor, type Principal } from '../auth/principal.js';
import type { AppContext } from '../context.js';
import { notFound } from '../errors.js';
import { noReply, type SealReply } from '../idempotent-reply.js';
import { iso } from '../ports.js';
import { workflowDeps } from './deps.js';
import { allRecordsUnsealed, load, unwrap, writeSideEffects } from './persist.js';
import { consentSpec } from './record-specs.js';

/** What `recordConsentReliance` needs of a check: the activity as screened and the context it was screened in. */
export interface ScreenedActivity {
  readonly orgId: string;
  readonly checkId: string;
  readonly activity: Activity;
  readonly context: CompiledContext;
  readonly at: Date;
}

/**
 * Records which of the organization's consents a check relied on: the roster people it
 * identifies (named in its texts, shown in its media, or its target) who had a consent in force
 * covering how. Costs nothing for checks that identify nobody with a consent on file: the
 * store is read only when the context's consents say a reliance is possible.
 */
export async function recordConsentReliance(app: AppContext, s: ScreenedActivity): Promise<void> {
  const bySubject = s.context.consentsBySubject;
  if (bySubject.size === 0) return;
  const possible = identifiedSubjects(s.activity, mentionedSubjects(s)).filter((i) => mayBeCovered(i, bySubject));
  if (possible.length === 0) return;
  const consents = (await Promise.all(possible.map((i) =>
    allRecordsUnsealed(app.store, consentSpec, s.orgId, { subjectId: i.subject, status: 'active' })))).flat();
  const at = iso(s.at);
  await app.store.publications.insertReliances(consentsReliedOn(possible, consents, s.at).map((r) => ({
    org_id: s.orgId, check_id: s.checkId, consent_id: r.consentId, subject_id: r.subject, scope: r.scope, created_at: at,
  })));
}

/** Roster people the matcher finds in what the author publishes: the text, captions, and what a share passes on. */
function mentionedSubjects({ activity, context }: ScreenedActivity): string[] {
  const texts = [activity.text, ...(activity.media ?? []).flatMap((m) => [m.caption, m.description])];
  if (activity.action === 'share') texts.push(activity.targetText);
  const found = new Set<string>();
  for (const text of texts) {
    if (text) for (const mention of context.roster.find(text)) found.add(mention.entryId);
  }
  return [...found];
}

function mayBeCovered(i: Identification, bySubject: CompiledContext['consentsBySubject']): boolean {
  return (bySubject.get(i.subject) ?? []).some((c) => c.revoked !== true && i.scopes.includes(c.scope));
}

/**
 * The author of a check says it was published; take-down tasks open at once for consents it
 * relied on that were revoked since.
 */
export async function markPublished(app: AppContext, p: Principal, checkId: string, input: unknown, seal: SealReply<Publication> = noReply): Promise<Publication> {
  return app.store.transaction(async (tx) => {
    const check = await tx.checks.byId(p.orgId, checkId);
    if (!check) throw notFound('check');
    const existing = await tx.publications.ofCheck(p.orgId, checkId);
    const relied = await tx.publications.reliancesOfCheck(p.orgId, checkId);
    const consents = await Promise.all(relied.map((r) => load(tx, app.keyring, consentSpec, p.orgId, r.consent_id, 'consent')));
    const outcome = recordPublication({
      check: { id: check.id, orgId: check.org_id, personId: check.person_id }, existing: existing && toPublication(existing),
      revokedReliedOn: consents.filter((c) => c.status === 'revoked'), input, actor: toActor(p), deps: workflowDeps(app),
    });
    const { record, events, tasks } = unwrap(outcome);
    await tx.publications.insert(toRow(record));
    await writeSideEffects(tx, app.keyring, events, tasks, record.recordedAt);
    await seal(tx, record);
    return record;
  });
}

/** The published items that relied on a consent, for its revocation. */
export async function publishedUnder(tx: Pick<UnitOfWork, 'publications'>, orgId: string, consentId: string): Promise<PublishedItem[]> {
  return (await tx.publications.publishedUnder(orgId, consentId)).map((row) => ({
    activityId: row.check_id, publishedBy: row.person_id, publishedAt: row.published_at,
    ...(row.url === null ? {} : { url: row.url }), ...(row.account_id === null ? {} : { accountId: row.account_id }),
  }));
}

function toRow(r: Publication): PublicationRow {
  return {
    id: r.id, org_id: r.orgId, check_id: r.checkId, person_id: r.publishedBy, url: r.url ?? null, account_id: r.accountId ?? null,
    published_at: r.publishedAt, recorded_at: r.recordedAt,
  };
}

function toPublication(row: PublicationRow): Publication {
  return {
    id: row.id, orgId: row.org_id, checkId: row.check_id, publishedBy: row.person_id, publishedAt: row.published_at, recordedAt: row.recorded_at,
    ...(row.url === null ? {} : { url: row.url }), ...(row.account_id === null ? {} : { accountId: row.account_id }),
  };
}
