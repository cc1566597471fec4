import { describe, expect, it } from 'vitest';
import { decideApproval } from '../../../src/domain/approvals/decide-approval.js';
import { requestApproval } from '../../../src/domain/approvals/request-approval.js';
import { revokeApproval } from '../../../src/domain/approvals/revoke-approval.js';
import { toScreeningApproval } from '../../../src/domain/approvals/to-screening-approval.js';
import { buildActor, expectError, expectOk, fakeDeps } from '../fixtures.js';

const staff = buildActor('staff', { id: 's1' });
const ed = buildActor('executive-director', { id: 'ed1' });
const otherEd = buildActor('executive-director', { id: 'ed2' });

function requested(deps = fakeDeps()) {
  return expectOk(requestApproval({ input: { kind: 'personal-site-identifying-org', purpose: 'My blog names IWSO' }, actor: staff, deps })).record;
}
function approved(deps = fakeDeps()) {
  return expectOk(decideApproval({ request: requested(deps), input: { decision: 'approved', reason: 'Disclaimer present' }, actor: ed, deps })).record;
}

describe('revokeApproval', () => {
  it('takes back an approval with a reason, audited, and it no longer feeds screening', () => {
    const deps = fakeDeps();
    const request = approved(deps);
    expect(toScreeningApproval(request, deps.now())).not.toBeNull();
    const out = expectOk(revokeApproval({ request, input: { reason: 'Blog now discusses clients' }, actor: otherEd, actorIsAdmin: false, deps }));
    expect(out.record).toMatchObject({ status: 'revoked', version: 3, revocation: { by: 'ed2', role: 'executive-director', reason: 'Blog now discusses clients' } });
    expect(out.events).toEqual([expect.objectContaining({ kind: 'approval.revoked', actorId: 'ed2', data: { reason: 'Blog now discusses clients', revokedByRole: 'executive-director', byAdmin: false } })]);
    expect(toScreeningApproval(out.record, deps.now())).toBeNull();
  });

  it('lets an administrator of another role revoke, and says so', () => {
    const admin = buildActor('supervisor', { id: 'a1' });
    const out = expectOk(revokeApproval({ request: approved(), input: { reason: 'Policy breach' }, actor: admin, actorIsAdmin: true, deps: fakeDeps() }));
    expect(out.events[0]?.data).toMatchObject({ revokedByRole: 'supervisor', byAdmin: true });
  });

  it('refuses other roles, the other organization, a second revocation, a request not approved, and no reason', () => {
    const deps = fakeDeps();
    const request = approved(deps);
    expect(expectError(revokeApproval({ request, input: { reason: 'x' }, actor: staff, actorIsAdmin: false, deps }))).toMatchObject({ code: 'forbidden', reason: 'wrong_role' });
    expect(expectError(revokeApproval({ request, input: { reason: 'x' }, actor: buildActor('executive-director', { orgId: 'org-2' }), actorIsAdmin: true, deps })).code).toBe('not_found');
    const revoked = expectOk(revokeApproval({ request, input: { reason: 'x' }, actor: ed, actorIsAdmin: false, deps })).record;
    expect(expectError(revokeApproval({ request: revoked, input: { reason: 'x' }, actor: ed, actorIsAdmin: false, deps }))).toMatchObject({ code: 'conflict', reason: 'already_revoked' });
    expect(expectError(revokeApproval({ request: requested(deps), input: { reason: 'x' }, actor: ed, actorIsAdmin: false, deps }))).toMatchObject({ code: 'invalid_state', reason: 'not_approved' });
    expect(expectError(revokeApproval({ request, input: {}, actor: ed, actorIsAdmin: false, deps })).field).toBe('reason');
  });
});
