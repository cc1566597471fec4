import { describe, expect, it } from 'vitest';
import { decideApproval } from '../../../src/domain/approvals/decide-approval.js';
import { expireApprovals } from '../../../src/domain/approvals/expire-approvals.js';
import { requestApproval } from '../../../src/domain/approvals/request-approval.js';
import { toScreeningApproval } from '../../../src/domain/approvals/to-screening-approval.js';
import { withdrawApproval } from '../../../src/domain/approvals/withdraw-approval.js';
import { buildActor, expectError, expectOk, fakeDeps } from '../fixtures.js';

const staff = buildActor('staff', { id: 's1' });
const ed = buildActor('executive-director', { id: 'ed1' });

function pending(deps = fakeDeps()) {
  return expectOk(requestApproval({
    input: { kind: 'personal-site-identifying-org', purpose: 'My blog names IWSO', validUntil: '2027-06-30' },
    actor: staff, deps,
  })).record;
}

describe('requestApproval', () => {
  it('routes to the role the pack names and opens a decide task', () => {
    const out = expectOk(requestApproval({ input: { kind: 'media-response', purpose: 'CBC asked about my post' }, actor: staff, deps: fakeDeps() }));
    expect(out.record).toMatchObject({ status: 'pending', approverRole: 'executive-director', requesterId: 's1', version: 1, orgId: 'org-1' });
    expect(out.record.expiresAt).toBe('2026-12-21T10:00:00.000Z');
    expect(out.events).toEqual([expect.objectContaining({ kind: 'approval.requested', actorId: 's1', subjectId: out.record.id })]);
    expect(out.tasks).toEqual([expect.objectContaining({ kind: 'decide-approval', assigneeRole: 'executive-director', status: 'open' })]);
  });

  it('rejects an unknown kind and names the field', () => {
    const error = expectError(requestApproval({ input: { kind: 'party', purpose: 'x' }, actor: staff, deps: fakeDeps() }));
    expect(error).toMatchObject({ code: 'validation', field: 'kind' });
  });

  it('rejects unknown fields and a validity already over', () => {
    expect(expectError(requestApproval({ input: { kind: 'media-response', purpose: 'x', extra: 1 }, actor: staff, deps: fakeDeps() })).code).toBe('validation');
    expect(expectError(requestApproval({ input: { kind: 'media-response', purpose: 'x', validUntil: '2020-01-01' }, actor: staff, deps: fakeDeps() })).field).toBe('validUntil');
  });
});

describe('decideApproval', () => {
  it('approves with a reason and bumps the version', () => {
    const request = pending();
    const out = expectOk(decideApproval({ request, input: { decision: 'approved', reason: 'Disclaimer is present' }, actor: ed, deps: fakeDeps() }));
    expect(out.record).toMatchObject({ status: 'approved', version: 2, decision: { outcome: 'approved', by: 'ed1', role: 'executive-director', reason: 'Disclaimer is present' } });
    expect(out.events[0]).toMatchObject({ kind: 'approval.decided', data: { decision: 'approved', reason: 'Disclaimer is present' } });
  });

  it('denies with a reason', () => {
    const out = expectOk(decideApproval({ request: pending(), input: { decision: 'denied', reason: 'Conflict of interest' }, actor: ed, deps: fakeDeps() }));
    expect(out.record.status).toBe('denied');
  });

  it('requires a reason', () => {
    expect(expectError(decideApproval({ request: pending(), input: { decision: 'approved', reason: '  ' }, actor: ed, deps: fakeDeps() })).field).toBe('reason');
  });

  it('refuses a second decision as a conflict', () => {
    const request = pending();
    const first = expectOk(decideApproval({ request, input: { decision: 'approved', reason: 'ok' }, actor: ed, deps: fakeDeps() }));
    const other = buildActor('executive-director', { id: 'ed2' });
    const error = expectError(decideApproval({ request: first.record, input: { decision: 'denied', reason: 'no' }, actor: other, deps: fakeDeps() }));
    expect(error).toMatchObject({ code: 'conflict', reason: 'already_decided' });
  });

  it('refuses any other role, and the requester, as forbidden', () => {
    const request = pending();
    expect(expectError(decideApproval({ request, input: { decision: 'approved', reason: 'ok' }, actor: buildActor('supervisor'), deps: fakeDeps() }))).toMatchObject({ code: 'forbidden', reason: 'wrong_role' });
    const selfRequest = expectOk(requestApproval({ input: { kind: 'media-response', purpose: 'x' }, actor: ed, deps: fakeDeps() })).record;
    expect(expectError(decideApproval({ request: selfRequest, input: { decision: 'approved', reason: 'ok' }, actor: ed, deps: fakeDeps() }))).toMatchObject({ code: 'forbidden', reason: 'self_approval' });
  });

  it('hides another organization\'s request as not found', () => {
    const outsider = buildActor('executive-director', { id: 'ed9', orgId: 'org-2' });
    expect(expectError(decideApproval({ request: pending(), input: { decision: 'approved', reason: 'ok' }, actor: outsider, deps: fakeDeps() })).code).toBe('not_found');
  });

  it('refuses a decision after the request expired', () => {
    const deps = fakeDeps();
    const request = pending(deps);
    deps.set('2027-01-01T00:00:00.000Z');
    expect(expectError(decideApproval({ request, input: { decision: 'approved', reason: 'ok' }, actor: ed, deps })).code).toBe('invalid_state');
  });
});

describe('withdrawApproval', () => {
  it('lets the requester withdraw a pending request, and only once', () => {
    const out = expectOk(withdrawApproval({ request: pending(), input: { reason: 'No longer needed' }, actor: staff, deps: fakeDeps() }));
    expect(out.record).toMatchObject({ status: 'withdrawn', withdrawalReason: 'No longer needed' });
    expect(expectError(withdrawApproval({ request: out.record, input: {}, actor: staff, deps: fakeDeps() })).code).toBe('invalid_state');
    expect(expectError(decideApproval({ request: out.record, input: { decision: 'approved', reason: 'ok' }, actor: ed, deps: fakeDeps() })).code).toBe('invalid_state');
  });

  it('refuses anyone but the requester', () => {
    expect(expectError(withdrawApproval({ request: pending(), input: {}, actor: ed, deps: fakeDeps() })).code).toBe('forbidden');
  });
});

describe('expireApprovals', () => {
  it('expires only pending requests past their window, as the system', () => {
    const deps = fakeDeps();
    const old = pending(deps);
    const decided = expectOk(decideApproval({ request: pending(deps), input: { decision: 'approved', reason: 'ok' }, actor: ed, deps })).record;
    expect(expireApprovals([old, decided], new Date('2026-12-01T00:00:00Z')).records).toEqual([]);
    const out = expireApprovals([old, decided], new Date('2026-12-21T10:00:00.000Z'));
    expect(out.records).toEqual([expect.objectContaining({ id: old.id, status: 'expired', version: 2 })]);
    expect(out.events).toEqual([expect.objectContaining({ kind: 'approval.expired', actorId: null })]);
  });
});

describe('toScreeningApproval', () => {
  it('turns an approved request into the context entry, for the requester', () => {
    const approved = expectOk(decideApproval({ request: pending(), input: { decision: 'approved', reason: 'ok' }, actor: ed, deps: fakeDeps() })).record;
    expect(toScreeningApproval(approved, new Date('2026-12-01T00:00:00Z'))).toEqual({
      kind: 'personal-site-identifying-org', grantedByRole: 'executive-director', personId: 's1', validUntil: '2027-06-30',
    });
  });

  it('gives nothing for pending, denied or lapsed approvals', () => {
    const now = new Date('2026-12-01T00:00:00Z');
    expect(toScreeningApproval(pending(), now)).toBeNull();
    const denied = expectOk(decideApproval({ request: pending(), input: { decision: 'denied', reason: 'no' }, actor: ed, deps: fakeDeps() })).record;
    expect(toScreeningApproval(denied, now)).toBeNull();
    const approved = expectOk(decideApproval({ request: pending(), input: { decision: 'approved', reason: 'ok' }, actor: ed, deps: fakeDeps() })).record;
    expect(toScreeningApproval(approved, new Date('2027-07-01T00:00:00Z'))).toBeNull();
    expect(toScreeningApproval(approved, new Date('2027-06-30T23:00:00Z'))).not.toBeNull();
  });
});
