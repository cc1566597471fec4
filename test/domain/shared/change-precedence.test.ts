/**
 * Pins how the use cases that change an existing record refuse and succeed — which refusal
 * wins when several apply (another organization, then the actor, then the record's state, then
 * the input) and the exact outcome — so that sharing their shape changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { grantAccountAccess } from '../../../src/domain/accounts/grant-account-access.js';
import { recordUnauthorizedAccount } from '../../../src/domain/accounts/record-unauthorized-account.js';
import { registerOfficialAccount } from '../../../src/domain/accounts/register-official-account.js';
import { reviewUnauthorizedAccount } from '../../../src/domain/accounts/review-unauthorized-account.js';
import { revokeAccountAccess } from '../../../src/domain/accounts/revoke-account-access.js';
import { decideApproval } from '../../../src/domain/approvals/decide-approval.js';
import { requestApproval } from '../../../src/domain/approvals/request-approval.js';
import { revokeApproval } from '../../../src/domain/approvals/revoke-approval.js';
import { withdrawApproval } from '../../../src/domain/approvals/withdraw-approval.js';
import { acknowledgePolicy } from '../../../src/domain/compliance/acknowledge-policy.js';
import type { PolicyAcknowledgement } from '../../../src/domain/compliance/compliance-records.js';
import { recordConsent } from '../../../src/domain/consents/record-consent.js';
import { revokeConsent } from '../../../src/domain/consents/revoke-consent.js';
import { logClientExchange } from '../../../src/domain/exchanges/log-client-exchange.js';
import { openTask } from '../../../src/domain/follow-up-tasks.js';
import { completeTask } from '../../../src/domain/tasks/complete-task.js';
import { buildActor, expectError, expectOk, fakeDeps } from '../fixtures.js';

const BAD_INPUT = { nonsense: true };
const elsewhere = (a: ReturnType<typeof buildActor>) => ({ ...a, org: { ...a.org, id: 'org-2' } });
const refusal = (e: { code: string; reason?: string; field?: string }) => [e.code, e.reason ?? e.field ?? null];

describe('reviewUnauthorizedAccount', () => {
  const staff = buildActor('staff', { id: 's2', packId: 'iwso' });
  const reviewer = buildActor('communications-delegate', { id: 'cd1', packId: 'iwso' });
  const finding = expectOk(recordUnauthorizedAccount({ input: { platform: 'Instagram', handle: '@fans', description: 'Uses the logo' }, actor: staff, deps: fakeDeps() })).record;
  const reviewed = expectOk(reviewUnauthorizedAccount({ finding, input: { resolution: 'removed', note: 'Gone' }, actor: reviewer, deps: fakeDeps() })).record;
  const run = (f: typeof finding, actor: typeof staff, input: unknown) => reviewUnauthorizedAccount({ finding: f, input, actor, deps: fakeDeps() });

  it('refuses in order: organization, role, state, input', () => {
    expect(refusal(expectError(run(reviewed, elsewhere(staff), BAD_INPUT)))).toEqual(['not_found', null]);
    expect(refusal(expectError(run(reviewed, staff, BAD_INPUT)))).toEqual(['forbidden', 'wrong_role']);
    expect(refusal(expectError(run(reviewed, reviewer, BAD_INPUT)))).toEqual(['conflict', 'already_reviewed']);
    expect(refusal(expectError(run(finding, reviewer, BAD_INPUT)))).toEqual(['validation', 'resolution']);
  });

  it('succeeds as before', () => {
    expect(run(finding, reviewer, { resolution: 'adopted', note: 'Ours now' })).toMatchInlineSnapshot(`
      {
        "events": [
          {
            "actorId": "cd1",
            "at": "2026-11-21T10:00:00.000Z",
            "data": {
              "resolution": "adopted",
            },
            "kind": "account.unauthorized-reviewed",
            "orgId": "org-1",
            "subjectId": "id-1",
          },
        ],
        "ok": true,
        "record": {
          "description": "Uses the logo",
          "foundAt": "2026-11-21T10:00:00.000Z",
          "foundBy": "s2",
          "handle": "@fans",
          "id": "id-1",
          "orgId": "org-1",
          "platform": "instagram",
          "review": {
            "at": "2026-11-21T10:00:00.000Z",
            "by": "cd1",
            "note": "Ours now",
            "resolution": "adopted",
          },
          "status": "reviewed",
          "version": 2,
        },
        "tasks": [],
      }
    `);
  });
});

describe('revokeAccountAccess', () => {
  const comms = buildActor('communications-delegate', { id: 'cd1', packId: 'valoris' });
  const supervisor = buildActor('supervisor', { id: 'sup7', packId: 'valoris' });
  const staff = buildActor('staff', { id: 's3', packId: 'valoris' });
  const account = expectOk(registerOfficialAccount({ input: { platform: 'Facebook', handle: 'v-fb', holder: 'communications', purpose: 'clinical-support', postingAllowed: false, usableByRoles: ['staff'] }, existing: [], actor: comms, deps: fakeDeps() })).record;
  const grant = expectOk(grantAccountAccess({ account, grantee: { id: 's1', role: 'staff', supervisorId: 'sup7' }, input: { from: '2026-11-20T00:00:00Z', until: '2026-11-27T00:00:00Z', purpose: 'Search' }, existingGrants: [], actor: supervisor, deps: fakeDeps() })).record;
  const revoked = expectOk(revokeAccountAccess({ grant, input: { reason: 'Done' }, actor: supervisor, deps: fakeDeps() })).record;
  const run = (g: typeof grant, actor: typeof staff, input: unknown, at?: string) => {
    const deps = fakeDeps();
    if (at) deps.set(at);
    return revokeAccountAccess({ grant: g, input, actor, deps });
  };

  it('refuses in order: organization, role, state (revoked, then lapsed), input', () => {
    expect(refusal(expectError(run(revoked, elsewhere(staff), BAD_INPUT)))).toEqual(['not_found', null]);
    expect(refusal(expectError(run(revoked, staff, BAD_INPUT)))).toEqual(['forbidden', 'wrong_role']);
    expect(refusal(expectError(run(revoked, supervisor, BAD_INPUT)))).toEqual(['conflict', 'already_revoked']);
    expect(refusal(expectError(run(grant, supervisor, BAD_INPUT, '2026-12-01T00:00:00Z')))).toEqual(['invalid_state', 'expired']);
    expect(refusal(expectError(run(grant, supervisor, BAD_INPUT)))).toEqual(['validation', 'reason']);
  });

  it('succeeds as before', () => {
    expect(run(grant, supervisor, { reason: 'Family found' })).toMatchInlineSnapshot(`
      {
        "events": [
          {
            "actorId": "sup7",
            "at": "2026-11-21T10:00:00.000Z",
            "data": {
              "accountId": "id-1",
              "personId": "s1",
              "reason": "Family found",
            },
            "kind": "account.access-revoked",
            "orgId": "org-1",
            "subjectId": "id-1",
          },
        ],
        "ok": true,
        "record": {
          "accountId": "id-1",
          "approvedAt": "2026-11-21T10:00:00.000Z",
          "approvedBy": "sup7",
          "approvedByRole": "supervisor",
          "from": "2026-11-20T00:00:00.000Z",
          "id": "id-1",
          "orgId": "org-1",
          "personId": "s1",
          "purpose": "Search",
          "revocation": {
            "at": "2026-11-21T10:00:00.000Z",
            "by": "sup7",
            "reason": "Family found",
          },
          "until": "2026-11-27T00:00:00.000Z",
          "version": 2,
        },
        "tasks": [],
      }
    `);
  });
});

describe('revokeConsent', () => {
  const staff = buildActor('staff', { id: 's1', packId: 'iwso' });
  const consent = expectOk(recordConsent({ input: { subject: 'c1', scope: 'photo', signedBy: 'self', signerName: 'A. B.', written: true, informedOfRisks: true, signedAt: '2026-11-01' }, actor: staff, deps: fakeDeps() })).record;
  const revoked = expectOk(revokeConsent({ consent, input: { reason: 'x' }, actor: staff, deps: fakeDeps() })).record;
  const run = (c: typeof consent, actor: typeof staff, input: unknown) =>
    revokeConsent({ consent: c, published: [{ activityId: 'chk-1', publishedBy: 'cd1', url: 'https://x.com/1' }], input, actor, deps: fakeDeps() });

  it('refuses in order: organization, state, input', () => {
    expect(refusal(expectError(run(revoked, elsewhere(staff), BAD_INPUT)))).toEqual(['not_found', null]);
    expect(refusal(expectError(run(revoked, staff, BAD_INPUT)))).toEqual(['conflict', 'already_revoked']);
    expect(refusal(expectError(run(consent, staff, BAD_INPUT)))).toEqual(['validation', 'reason']);
  });

  it('succeeds as before', () => {
    expect(run(consent, staff, { reason: 'Withdrawn by phone', publishedItems: [{ activityId: 'leaflet-1' }] })).toMatchInlineSnapshot(`
      {
        "events": [
          {
            "actorId": "s1",
            "at": "2026-11-21T10:00:00.000Z",
            "data": {
              "scope": "photo",
              "subject": "c1",
              "takeDownTasks": 2,
            },
            "kind": "consent.revoked",
            "orgId": "org-1",
            "subjectId": "id-1",
          },
        ],
        "ok": true,
        "record": {
          "documentSha256": undefined,
          "id": "id-1",
          "informedOfRisks": true,
          "orgId": "org-1",
          "recordedAt": "2026-11-21T10:00:00.000Z",
          "recordedBy": "s1",
          "revocation": {
            "at": "2026-11-21T10:00:00.000Z",
            "by": "s1",
            "reason": "Withdrawn by phone",
          },
          "scope": "photo",
          "signedAt": "2026-11-01",
          "signedBy": "self",
          "signerName": "A. B.",
          "status": "revoked",
          "subject": "c1",
          "validUntil": undefined,
          "version": 2,
          "written": true,
        },
        "tasks": [
          {
            "assigneeId": "cd1",
            "createdAt": "2026-11-21T10:00:00.000Z",
            "detail": {
              "activityId": "chk-1",
              "scope": "photo",
              "url": "https://x.com/1",
            },
            "dueAt": "2026-11-21T12:00:00.000Z",
            "id": "id-1",
            "kind": "take-down",
            "orgId": "org-1",
            "ref": {
              "id": "id-1",
              "type": "consent",
            },
            "status": "open",
          },
          {
            "assigneeRole": "communications-delegate",
            "createdAt": "2026-11-21T10:00:00.000Z",
            "detail": {
              "activityId": "leaflet-1",
              "scope": "photo",
            },
            "dueAt": "2026-11-21T12:00:00.000Z",
            "id": "id-2",
            "kind": "take-down",
            "orgId": "org-1",
            "ref": {
              "id": "id-1",
              "type": "consent",
            },
            "status": "open",
          },
        ],
      }
    `);
  });
});

describe('completeTask', () => {
  const task = openTask({ id: 't1', orgId: 'org-1', kind: 'take-down', ref: { type: 'consent', id: 'c1' }, assigneeId: 's9', dueAt: '2026-11-21T12:00:00.000Z', createdAt: '2026-11-21T10:00:00Z', detail: { activityId: 'chk-1' } });
  const decide = openTask({ id: 't2', orgId: 'org-1', kind: 'decide-approval', ref: { type: 'approval', id: 'a1' }, assigneeId: 's9', createdAt: '2026-11-21T10:00:00Z' });
  const assignee = buildActor('staff', { id: 's9' });
  const other = buildActor('staff', { id: 's2' });
  const done = expectOk(completeTask({ task, input: { note: 'Deleted' }, actor: assignee, deps: fakeDeps() })).record;
  const run = (t: typeof task, actor: typeof other, input: unknown) => completeTask({ task: t, input, actor, deps: fakeDeps() });

  it('refuses in order: organization, assignee, closed by its workflow, done, input', () => {
    expect(refusal(expectError(run(done, elsewhere(other), BAD_INPUT)))).toEqual(['not_found', null]);
    expect(refusal(expectError(run(done, other, BAD_INPUT)))).toEqual(['forbidden', 'not_assignee']);
    expect(refusal(expectError(run({ ...decide, status: 'done' }, assignee, BAD_INPUT)))).toEqual(['invalid_state', 'closed_by_workflow']);
    expect(refusal(expectError(run(done, assignee, BAD_INPUT)))).toEqual(['conflict', 'already_done']);
    expect(refusal(expectError(run(task, assignee, BAD_INPUT)))).toEqual(['validation', 'note']);
  });

  it('succeeds as before', () => {
    expect(run(task, assignee, { note: 'Post deleted' })).toMatchInlineSnapshot(`
      {
        "events": [
          {
            "actorId": "s9",
            "at": "2026-11-21T10:00:00.000Z",
            "data": {
              "note": "Post deleted",
              "taskKind": "take-down",
            },
            "kind": "task.completed",
            "orgId": "org-1",
            "subjectId": "t1",
          },
        ],
        "ok": true,
        "record": {
          "assigneeId": "s9",
          "completedAt": "2026-11-21T10:00:00.000Z",
          "completedBy": "s9",
          "createdAt": "2026-11-21T10:00:00Z",
          "detail": {
            "activityId": "chk-1",
          },
          "dueAt": "2026-11-21T12:00:00.000Z",
          "id": "t1",
          "kind": "take-down",
          "orgId": "org-1",
          "ref": {
            "id": "c1",
            "type": "consent",
          },
          "status": "done",
        },
        "tasks": [],
      }
    `);
  });
});

describe('withdrawApproval and revokeApproval', () => {
  const staff = buildActor('staff', { id: 's1' });
  const ed = buildActor('executive-director', { id: 'ed1' });
  const pending = expectOk(requestApproval({ input: { kind: 'media-response', purpose: 'CBC called' }, actor: staff, deps: fakeDeps() })).record;
  const approved = expectOk(decideApproval({ request: pending, input: { decision: 'approved', reason: 'ok' }, actor: ed, deps: fakeDeps() })).record;

  it('withdraw refuses in order: organization, requester, state, input', () => {
    const run = (r: typeof pending, actor: typeof staff, input: unknown) => withdrawApproval({ request: r, input, actor, deps: fakeDeps() });
    expect(refusal(expectError(run(approved, elsewhere(ed), BAD_INPUT)))).toEqual(['not_found', null]);
    expect(refusal(expectError(run(approved, ed, BAD_INPUT)))).toEqual(['forbidden', 'not_requester']);
    expect(refusal(expectError(run(approved, staff, BAD_INPUT)))).toEqual(['conflict', 'already_decided']);
    expect(refusal(expectError(run(pending, staff, BAD_INPUT)))).toEqual(['validation', null]);
    expect(run(pending, staff, { reason: 'No longer needed' })).toMatchInlineSnapshot(`
      {
        "events": [
          {
            "actorId": "s1",
            "at": "2026-11-21T10:00:00.000Z",
            "data": {
              "reason": "No longer needed",
            },
            "kind": "approval.withdrawn",
            "orgId": "org-1",
            "subjectId": "id-1",
          },
        ],
        "ok": true,
        "record": {
          "accountId": undefined,
          "approverId": undefined,
          "approverRole": "executive-director",
          "checkId": undefined,
          "expiresAt": "2026-12-21T10:00:00.000Z",
          "id": "id-1",
          "kind": "media-response",
          "orgId": "org-1",
          "personId": undefined,
          "purpose": "CBC called",
          "requestedAt": "2026-11-21T10:00:00.000Z",
          "requesterId": "s1",
          "requesterRole": "staff",
          "status": "withdrawn",
          "subject": undefined,
          "validUntil": undefined,
          "version": 2,
          "withdrawalReason": "No longer needed",
          "withdrawnAt": "2026-11-21T10:00:00.000Z",
        },
        "tasks": [],
      }
    `);
  });

  it('decide refuses in order: organization, decider, state, input, then expiry and validity', () => {
    const run = (r: typeof pending, actor: typeof staff, input: unknown, at?: string) => {
      const deps = fakeDeps();
      if (at) deps.set(at);
      return decideApproval({ request: r, input, actor, deps });
    };
    expect(refusal(expectError(run(approved, elsewhere(staff), BAD_INPUT)))).toEqual(['not_found', null]);
    expect(refusal(expectError(run(approved, staff, BAD_INPUT)))).toEqual(['forbidden', 'self_approval']);
    expect(refusal(expectError(run(approved, buildActor('supervisor'), BAD_INPUT)))).toEqual(['forbidden', 'wrong_role']);
    expect(refusal(expectError(run(approved, ed, BAD_INPUT)))).toEqual(['conflict', 'already_decided']);
    expect(refusal(expectError(run(pending, ed, BAD_INPUT, '2027-06-01T00:00:00Z')))).toEqual(['validation', 'decision']);
    expect(refusal(expectError(run(pending, ed, { decision: 'approved', reason: 'ok', validUntil: '2020-01-01' }, '2027-06-01T00:00:00Z')))).toEqual(['invalid_state', 'expired']);
    expect(refusal(expectError(run(pending, ed, { decision: 'approved', reason: 'ok', validUntil: '2020-01-01' })))).toEqual(['validation', 'validUntil']);
    expect(run(pending, ed, { decision: 'denied', reason: 'Not now' })).toMatchInlineSnapshot(`
      {
        "events": [
          {
            "actorId": "ed1",
            "at": "2026-11-21T10:00:00.000Z",
            "data": {
              "approverRole": "executive-director",
              "decision": "denied",
              "reason": "Not now",
            },
            "kind": "approval.decided",
            "orgId": "org-1",
            "subjectId": "id-1",
          },
        ],
        "ok": true,
        "record": {
          "accountId": undefined,
          "approverId": undefined,
          "approverRole": "executive-director",
          "checkId": undefined,
          "decision": {
            "at": "2026-11-21T10:00:00.000Z",
            "by": "ed1",
            "outcome": "denied",
            "reason": "Not now",
            "role": "executive-director",
          },
          "expiresAt": "2026-12-21T10:00:00.000Z",
          "id": "id-1",
          "kind": "media-response",
          "orgId": "org-1",
          "personId": undefined,
          "purpose": "CBC called",
          "requestedAt": "2026-11-21T10:00:00.000Z",
          "requesterId": "s1",
          "requesterRole": "staff",
          "status": "denied",
          "subject": undefined,
          "validUntil": undefined,
          "version": 2,
        },
        "tasks": [],
      }
    `);
  });

  it('revoke refuses in order: organization, role, state, input', () => {
    const run = (r: typeof pending, actor: typeof staff, input: unknown) => revokeApproval({ request: r, input, actor, actorIsAdmin: false, deps: fakeDeps() });
    expect(refusal(expectError(run(pending, elsewhere(ed), BAD_INPUT)))).toEqual(['not_found', null]);
    expect(refusal(expectError(run(pending, staff, BAD_INPUT)))).toEqual(['forbidden', 'wrong_role']);
    expect(refusal(expectError(run(pending, ed, BAD_INPUT)))).toEqual(['invalid_state', 'not_approved']);
    expect(refusal(expectError(run(approved, ed, BAD_INPUT)))).toEqual(['validation', 'reason']);
    expect(run(approved, ed, { reason: 'Changed' })).toMatchInlineSnapshot(`
      {
        "events": [
          {
            "actorId": "ed1",
            "at": "2026-11-21T10:00:00.000Z",
            "data": {
              "byAdmin": false,
              "reason": "Changed",
              "revokedByRole": "executive-director",
            },
            "kind": "approval.revoked",
            "orgId": "org-1",
            "subjectId": "id-1",
          },
        ],
        "ok": true,
        "record": {
          "accountId": undefined,
          "approverId": undefined,
          "approverRole": "executive-director",
          "checkId": undefined,
          "decision": {
            "at": "2026-11-21T10:00:00.000Z",
            "by": "ed1",
            "outcome": "approved",
            "reason": "ok",
            "role": "executive-director",
          },
          "expiresAt": "2026-12-21T10:00:00.000Z",
          "id": "id-1",
          "kind": "media-response",
          "orgId": "org-1",
          "personId": undefined,
          "purpose": "CBC called",
          "requestedAt": "2026-11-21T10:00:00.000Z",
          "requesterId": "s1",
          "requesterRole": "staff",
          "revocation": {
            "at": "2026-11-21T10:00:00.000Z",
            "by": "ed1",
            "reason": "Changed",
            "role": "executive-director",
          },
          "status": "revoked",
          "subject": undefined,
          "validUntil": undefined,
          "version": 3,
        },
        "tasks": [],
      }
    `);
  });
});

describe('creates that check a precondition: acknowledgePolicy, logClientExchange', () => {
  const staff = buildActor('staff', { id: 's1', packVersion: '2016' });

  it('acknowledgePolicy refuses in order: input, version, already signed', () => {
    const sign = { signedName: 'Sam', statement: 'Read it.', packVersion: '2016' };
    const run = (input: unknown, existing: PolicyAcknowledgement[] = []) => acknowledgePolicy({ input, existing, actor: staff, deps: fakeDeps() });
    expect(refusal(expectError(run({ ...sign, packVersion: '1999', signedName: '' })))).toEqual(['validation', 'signedName']);
    const first = expectOk(run(sign)).record;
    expect(refusal(expectError(run({ ...sign, packVersion: '1999' }, [first])))).toEqual(['invalid_state', 'not_current_version']);
    expect(refusal(expectError(run(sign, [first])))).toEqual(['conflict', 'already_signed']);
    expect(run(sign)).toMatchInlineSnapshot(`
      {
        "events": [
          {
            "actorId": "s1",
            "at": "2026-11-21T10:00:00.000Z",
            "data": {
              "packId": "iwso",
              "packVersion": "2016",
            },
            "kind": "policy.acknowledged",
            "orgId": "org-1",
            "subjectId": "id-1",
          },
        ],
        "ok": true,
        "record": {
          "id": "id-1",
          "orgId": "org-1",
          "packId": "iwso",
          "packVersion": "2016",
          "personId": "s1",
          "signedAt": "2026-11-21T10:00:00.000Z",
          "signedName": "Sam",
          "statement": "Read it.",
        },
        "tasks": [],
      }
    `);
  });

  it('logClientExchange refuses in order: input, consent', () => {
    const exchange = { clientId: 'c1', platform: 'facebook', direction: 'outbound', occurredAt: '2026-11-21T09:00:00Z', summary: 'Confirmed' };
    const consent = expectOk(recordConsent({ input: { subject: 'c1', scope: 'social-media-communication', signedBy: 'self', written: true, informedOfRisks: true, signedAt: '2026-11-01' }, actor: staff, deps: fakeDeps() })).record;
    const run = (input: unknown, consents = [consent]) => logClientExchange({ input, consents, actor: staff, deps: fakeDeps() });
    expect(refusal(expectError(run({ ...exchange, summary: '' }, [])))).toEqual(['validation', 'summary']);
    expect(refusal(expectError(run(exchange, [])))).toEqual(['invalid_state', 'client_consent_required']);
    expect(run(exchange)).toMatchInlineSnapshot(`
      {
        "events": [
          {
            "actorId": "s1",
            "at": "2026-11-21T10:00:00.000Z",
            "data": {
              "clientId": "c1",
              "consentId": "id-1",
              "platform": "facebook",
            },
            "kind": "client-exchange.logged",
            "orgId": "org-1",
            "subjectId": "id-1",
          },
        ],
        "ok": true,
        "record": {
          "accountId": undefined,
          "clientId": "c1",
          "consentId": "id-1",
          "direction": "outbound",
          "id": "id-1",
          "loggedAt": "2026-11-21T10:00:00.000Z",
          "occurredAt": "2026-11-21T09:00:00Z",
          "orgId": "org-1",
          "platform": "facebook",
          "staffId": "s1",
          "summary": "Confirmed",
        },
        "tasks": [],
      }
    `);
  });
});
