import {
  recordConsent, recordCourtAuthorization, revokeConsent, toScreeningConsent, toScreeningCourtAuthorization,
  type ConsentRecord, type CourtAuthorizationRecord,
} from '../../domain/index.js';
import type { Consent, CourtAuthorization } from '../../engine/contract/context.js';
import { toActor, type Principal } from '../auth/principal.js';
import type { AppContext } from '../context.js';
import { notFound } from '../errors.js';
import type { SealReply } from '../idempotent-reply.js';
import { iso } from '../ports.js';
import { workflowDeps } from './deps.js';
import { allRecordsUnsealed, insertOutcome, load, updateOutcome } from './persist.js';
import { publishedUnder } from './publications.js';
import { consentSpec, courtAuthorizationSpec } from './record-specs.js';

/** Throws `not_found` (naming the field) unless the roster entry is the organization's. */
export async function requireRosterEntry(app: AppContext, orgId: string, id: string, field: string): Promise<void> {
  if (!(await app.store.roster.byId(orgId, id))) throw notFound('roster entry', field);
}

/** Records a signed consent for a client on the organization's roster. */
export async function recordConsentFor(
  app: AppContext, p: Principal, input: { subject?: unknown } & Record<string, unknown>, seal?: SealReply<ConsentRecord>,
): Promise<ConsentRecord> {
  if (typeof input.subject === 'string') await requireRosterEntry(app, p.orgId, input.subject, 'subject');
  return app.store.transaction((tx) =>
    insertOutcome(tx, app.keyring, consentSpec, recordConsent({ input, actor: toActor(p), deps: workflowDeps(app) }), iso(app.clock.now()), seal));
}

/**
 * Revokes a consent; a take-down task for each published check that relied on it (and each item
 * the caller names) opens in the same transaction.
 */
export async function revokeConsentFor(app: AppContext, p: Principal, id: string, input: unknown): Promise<ConsentRecord> {
  return app.store.transaction(async (tx) => {
    const consent = await load(tx, app.keyring, consentSpec, p.orgId, id, 'consent');
    const published = await publishedUnder(tx, p.orgId, id);
    const outcome = revokeConsent({ consent, published, input, actor: toActor(p), deps: workflowDeps(app) });
    return updateOutcome(tx, app.keyring, consentSpec, outcome, consent.version, iso(app.clock.now()));
  });
}

/** Records a court authorization (youth protection). */
export async function recordCourtAuthorizationFor(
  app: AppContext, p: Principal, input: { subject?: unknown } & Record<string, unknown>, seal?: SealReply<CourtAuthorizationRecord>,
): Promise<CourtAuthorizationRecord> {
  if (typeof input.subject === 'string') await requireRosterEntry(app, p.orgId, input.subject, 'subject');
  return app.store.transaction((tx) =>
    insertOutcome(tx, app.keyring, courtAuthorizationSpec, recordCourtAuthorization({ input, actor: toActor(p), deps: workflowDeps(app) }), iso(app.clock.now()), seal));
}

/** Consents and court authorizations for the screening context of a check. */
export async function screeningConsents(app: AppContext, orgId: string): Promise<{ consents: Consent[]; courtAuthorizations: CourtAuthorization[] }> {
  // Screening needs no signer names or judgment numbers: those stay sealed.
  const consents = await allRecordsUnsealed(app.store, consentSpec, orgId);
  const courts = await allRecordsUnsealed(app.store, courtAuthorizationSpec, orgId);
  return { consents: consents.map(toScreeningConsent), courtAuthorizations: courts.map(toScreeningCourtAuthorization) };
}
