import { practiceFor, routeApproval } from '../../domain/index.js';
import type { Role } from '../../engine/contract/enums.js';
import type { Principal } from '../auth/principal.js';
import type { AppContext } from '../context.js';
import { grantAccess, registerAccount, reportUnauthorizedAccount } from './accounts.js';
import { createApprovalRequest, decideApprovalRequest } from './approvals.js';
import { acknowledge } from './compliance.js';
import { recordConsentFor, recordCourtAuthorizationFor, revokeConsentFor } from './consents.js';
import { advanceIncident, reportIncidentFor } from './incidents.js';

/** What the demo seeds workflows for: one organization, its people (one per role at least) and clients. */
export interface DemoOrganization {
  readonly orgId: string;
  readonly packId: string;
  readonly packVersion: string;
  readonly people: readonly { readonly id: string; readonly role: Role; readonly supervisorId?: string | null }[];
  readonly clientIds: readonly string[];
}

/**
 * Fills an organization with the practice of its pack: an official account and a grant approved
 * by the right role, consents (one revoked), a court authorization for cisss-gaspesie, approvals
 * pending and decided, an incident triaged, an unauthorized account for review, signatures.
 * For `postwise demo`; every step goes through the same workflows as the API.
 */
export async function seedDemoWorkflows(app: AppContext, org: DemoOrganization): Promise<void> {
  const as = (role: Role): Principal => {
    const person = org.people.find((p) => p.role === role) ?? org.people[0];
    if (!person) throw new Error('the demo organization has nobody');
    return {
      personId: person.id, orgId: org.orgId, role: person.role, isAdmin: false, packId: org.packId, packVersion: org.packVersion,
      via: 'token', passwordChangeRequired: false,
    };
  };
  const staff = as('staff');
  const practice = practiceFor(org.packId);
  const at = app.clock.now();
  const days = (n: number) => new Date(at.getTime() + n * 86_400_000).toISOString();

  const account = await registerAccount(app, as(practice.accountRegistrars.roles[0] ?? 'communications-delegate'), {
    platform: 'facebook', handle: `${org.packId}-official`, holder: 'communications', purpose: 'announcements', postingAllowed: org.packId !== 'valoris',
  });
  const staffRow = org.people.find((p) => p.id === staff.personId);
  const granter = practice.accountAccess.immediateSupervisor && staffRow?.supervisorId
    ? { ...as('supervisor'), personId: staffRow.supervisorId } : as(practice.accountAccess.role);
  await grantAccess(app, granter, account.id, { personId: staff.personId, from: at.toISOString(), until: days(7), purpose: 'Demo: a temporary need' });

  const [first, second] = org.clientIds;
  if (first) {
    await recordConsentFor(app, staff, { subject: first, scope: 'social-media-communication', signedBy: 'self', written: true, informedOfRisks: true, signedAt: days(-10).slice(0, 10), validUntil: days(365).slice(0, 10) });
    const photo = await recordConsentFor(app, staff, { subject: first, scope: 'photo', signedBy: 'substitute-decision-maker', signerName: 'Demo Signer', written: true, informedOfRisks: true, signedAt: days(-10).slice(0, 10) });
    await revokeConsentFor(app, staff, photo.id, { reason: 'Demo: withdrawn by phone', publishedItems: [{ activityId: 'demo-post-1', publishedBy: staff.personId }] });
  }
  if (second && org.packId === 'cisss-gaspesie') {
    await recordCourtAuthorizationFor(app, as('supervisor'), { subject: second, judgmentReference: 'DEMO-0001', issuedAt: days(-30).slice(0, 10) });
  }

  // One left pending for the approver's queue, one decided.
  await createApprovalRequest(app, staff, { kind: 'speak-for-org', purpose: 'Demo: a radio interview' });
  const decided = await createApprovalRequest(app, staff, { kind: 'personal-site-identifying-org', purpose: 'Demo: my blog names us', validUntil: days(180).slice(0, 10) });
  const route = routeApproval(org.packId, 'personal-site-identifying-org', staff.role, staffRow?.supervisorId ?? undefined);
  await decideApprovalRequest(app, route.approverId ? { ...as(route.role), personId: route.approverId } : as(route.role), decided.id, { decision: 'approved', reason: 'Demo: disclaimer present' });

  const incident = await reportIncidentFor(app, staff, { kind: 'policy-breach', description: 'Demo: a client photo was posted', subjectPersonId: as('volunteer').personId });
  const handler = as(practice.incidentHandlers['policy-breach'].roles[0] ?? 'supervisor');
  if (handler.personId !== incident.subjectPersonId) await advanceIncident(app, handler, incident.id, 'triage', { severity: 'medium', note: 'Demo triage' });
  await reportIncidentFor(app, staff, { kind: 'harassment', subtype: 'trolling', anonymous: true, description: 'Demo: trolling under our post' });
  await reportUnauthorizedAccount(app, staff, { platform: 'instagram', handle: `@${org.packId}_fans`, description: 'Demo: uses our logo' });
  await acknowledge(app, as('supervisor'), { signedName: 'Demo Supervisor', statement: 'I have read and understood the policy.', packVersion: org.packVersion });
}
