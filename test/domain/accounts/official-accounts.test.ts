import { describe, expect, it } from 'vitest';
import { grantAccountAccess } from '../../../src/domain/accounts/grant-account-access.js';
import { grantStatus } from '../../../src/domain/accounts/grant-status.js';
import type { OfficialAccount } from '../../../src/domain/accounts/official-account.js';
import { recordUnauthorizedAccount } from '../../../src/domain/accounts/record-unauthorized-account.js';
import { registerOfficialAccount } from '../../../src/domain/accounts/register-official-account.js';
import { reviewUnauthorizedAccount } from '../../../src/domain/accounts/review-unauthorized-account.js';
import { revokeAccountAccess } from '../../../src/domain/accounts/revoke-account-access.js';
import { toScreeningAccount, toScreeningGrant } from '../../../src/domain/accounts/to-screening-account.js';
import { buildActor, expectError, expectOk, fakeDeps } from '../fixtures.js';

const comms = buildActor('communications-delegate', { id: 'cd1', packId: 'valoris' });
const supervisor = buildActor('supervisor', { id: 'sup7', packId: 'valoris' });
const worker = { id: 's1', role: 'staff', supervisorId: 'sup7' } as const;
const fb = { platform: 'Facebook', handle: 'valoris-fb-1', holder: 'communications', purpose: 'clinical-support', postingAllowed: false, usableByRoles: ['staff', 'supervisor'] };
const week = { from: '2026-11-20T00:00:00Z', until: '2026-11-27T00:00:00Z', purpose: 'Looking for a family' };

function account(deps = fakeDeps()): OfficialAccount {
  return expectOk(registerOfficialAccount({ input: fb, existing: [], actor: comms, deps })).record;
}

describe('registerOfficialAccount', () => {
  it('registers an account, normalizing the platform', () => {
    const out = expectOk(registerOfficialAccount({ input: fb, existing: [], actor: comms, deps: fakeDeps() }));
    expect(out.record).toMatchObject({ platform: 'facebook', holder: 'communications', postingAllowed: false, status: 'active' });
    expect(out.events[0]?.kind).toBe('account.registered');
    expect(toScreeningAccount(out.record)).toEqual({ id: out.record.id, platform: 'facebook', holder: 'communications', postingAllowed: false, purpose: 'clinical-support', authorized: true });
  });

  it('allows only the roles the pack names (iwso 6.11.1: the communications delegate)', () => {
    const ed = buildActor('executive-director', { packId: 'iwso' });
    expect(expectError(registerOfficialAccount({ input: fb, existing: [], actor: ed, deps: fakeDeps() })).code).toBe('forbidden');
    expect(registerOfficialAccount({ input: fb, existing: [], actor: buildActor('communications-delegate', { packId: 'iwso' }), deps: fakeDeps() }).ok).toBe(true);
  });

  it('refuses a duplicate handle on the same platform', () => {
    const existing = account();
    expect(expectError(registerOfficialAccount({ input: { ...fb, handle: 'VALORIS-FB-1' }, existing: [existing], actor: comms, deps: fakeDeps() })).code).toBe('conflict');
  });
});

describe('grantAccountAccess', () => {
  it('lets the immediate supervisor grant a week, which then expires by itself', () => {
    const acc = account();
    const out = expectOk(grantAccountAccess({ account: acc, grantee: worker, input: week, existingGrants: [], actor: supervisor, deps: fakeDeps() }));
    expect(out.record).toMatchObject({ personId: 's1', approvedBy: 'sup7', approvedByRole: 'supervisor', from: '2026-11-20T00:00:00.000Z' });
    expect(grantStatus(out.record, new Date('2026-11-19T00:00:00Z'))).toBe('scheduled');
    expect(grantStatus(out.record, new Date('2026-11-21T00:00:00Z'))).toBe('active');
    expect(grantStatus(out.record, new Date('2026-11-27T00:00:01Z'))).toBe('expired');
    expect(toScreeningGrant(out.record)).toEqual({ accountId: acc.id, personId: 's1', from: '2026-11-20T00:00:00.000Z', until: '2026-11-27T00:00:00.000Z', approvedByRole: 'supervisor' });
  });

  it('refuses another supervisor, another role, and the grantee', () => {
    const acc = account();
    const other = buildActor('supervisor', { id: 'sup8', packId: 'valoris' });
    expect(expectError(grantAccountAccess({ account: acc, grantee: worker, input: week, existingGrants: [], actor: other, deps: fakeDeps() })).code).toBe('forbidden');
    const ed = buildActor('executive-director', { packId: 'valoris' });
    expect(expectError(grantAccountAccess({ account: acc, grantee: worker, input: week, existingGrants: [], actor: ed, deps: fakeDeps() })).code).toBe('forbidden');
    const selfGrantee = { id: 'sup7', role: 'supervisor' } as const;
    expect(expectError(grantAccountAccess({ account: acc, grantee: selfGrantee, input: week, existingGrants: [], actor: supervisor, deps: fakeDeps() })).reason).toBe('self_approval');
  });

  it('keeps valoris access temporary, with an end after its start', () => {
    const acc = account();
    const long = { ...week, until: '2027-02-01T00:00:00Z' };
    expect(expectError(grantAccountAccess({ account: acc, grantee: worker, input: long, existingGrants: [], actor: supervisor, deps: fakeDeps() })).reason).toBe('period_too_long');
    const backwards = { ...week, until: '2026-11-19T00:00:00Z' };
    expect(expectError(grantAccountAccess({ account: acc, grantee: worker, input: backwards, existingGrants: [], actor: supervisor, deps: fakeDeps() })).field).toBe('until');
  });

  it('refuses people outside the account\'s roles, overlapping grants and other organizations', () => {
    const acc = account();
    const volunteer = { id: 'v1', role: 'volunteer', supervisorId: 'sup7' } as const;
    expect(expectError(grantAccountAccess({ account: acc, grantee: volunteer, input: week, existingGrants: [], actor: supervisor, deps: fakeDeps() })).reason).toBe('not_eligible');
    const first = expectOk(grantAccountAccess({ account: acc, grantee: worker, input: week, existingGrants: [], actor: supervisor, deps: fakeDeps() })).record;
    const later = { ...week, from: '2026-11-25T00:00:00Z', until: '2026-11-30T00:00:00Z' };
    expect(expectError(grantAccountAccess({ account: acc, grantee: worker, input: later, existingGrants: [first], actor: supervisor, deps: fakeDeps() })).code).toBe('conflict');
    const outsider = buildActor('supervisor', { id: 'sup7', orgId: 'org-2', packId: 'valoris' });
    expect(expectError(grantAccountAccess({ account: acc, grantee: worker, input: week, existingGrants: [], actor: outsider, deps: fakeDeps() })).code).toBe('not_found');
  });

  it('routes chc-wales board members to the Chief Executive', () => {
    const chcAccount = { ...account(), usableByRoles: [] };
    const member = { id: 'b1', role: 'board-member' } as const;
    const officer = buildActor('chief-officer', { packId: 'chc-wales' });
    const chief = buildActor('chief-executive', { packId: 'chc-wales' });
    expect(grantAccountAccess({ account: chcAccount, grantee: member, input: week, existingGrants: [], actor: officer, deps: fakeDeps() }).ok).toBe(false);
    expect(grantAccountAccess({ account: chcAccount, grantee: member, input: week, existingGrants: [], actor: chief, deps: fakeDeps() }).ok).toBe(true);
  });
});

describe('revokeAccountAccess', () => {
  it('ends a grant early, once, and drops it from the screening context', () => {
    const grant = expectOk(grantAccountAccess({ account: account(), grantee: worker, input: week, existingGrants: [], actor: supervisor, deps: fakeDeps() })).record;
    const out = expectOk(revokeAccountAccess({ grant, input: { reason: 'Family found' }, actor: supervisor, deps: fakeDeps() }));
    expect(grantStatus(out.record, new Date('2026-11-21T12:00:00Z'))).toBe('revoked');
    expect(toScreeningGrant(out.record)).toBeNull();
    expect(expectError(revokeAccountAccess({ grant: out.record, input: { reason: 'again' }, actor: supervisor, deps: fakeDeps() })).code).toBe('conflict');
  });

  it('refuses staff and expired grants', () => {
    const deps = fakeDeps();
    const grant = expectOk(grantAccountAccess({ account: account(), grantee: worker, input: week, existingGrants: [], actor: supervisor, deps })).record;
    expect(expectError(revokeAccountAccess({ grant, input: { reason: 'x' }, actor: buildActor('staff', { packId: 'valoris' }), deps })).code).toBe('forbidden');
    deps.set('2026-12-01T00:00:00Z');
    expect(expectError(revokeAccountAccess({ grant, input: { reason: 'x' }, actor: supervisor, deps })).code).toBe('invalid_state');
  });
});

describe('unauthorized accounts', () => {
  const iwsoStaff = buildActor('staff', { id: 's2', packId: 'iwso' });
  const input = { platform: 'Instagram', handle: '@iwso_official_fans', description: 'Uses the IWSO logo' };

  it('are recorded by anyone with a review task for the pack\'s reviewer', () => {
    const out = expectOk(recordUnauthorizedAccount({ input, actor: iwsoStaff, deps: fakeDeps() }));
    expect(out.record).toMatchObject({ status: 'open', platform: 'instagram', foundBy: 's2' });
    expect(out.tasks[0]).toMatchObject({ kind: 'review-unauthorized-account', assigneeRole: 'communications-delegate', dueAt: '2026-11-24T10:00:00.000Z' });
  });

  it('are reviewed once, by the reviewer or a manager', () => {
    const finding = expectOk(recordUnauthorizedAccount({ input, actor: iwsoStaff, deps: fakeDeps() })).record;
    expect(expectError(reviewUnauthorizedAccount({ finding, input: { resolution: 'removed', note: 'x' }, actor: iwsoStaff, deps: fakeDeps() })).code).toBe('forbidden');
    const reviewer = buildActor('communications-delegate', { packId: 'iwso' });
    const out = expectOk(reviewUnauthorizedAccount({ finding, input: { resolution: 'removed', note: 'Platform took it down' }, actor: reviewer, deps: fakeDeps() }));
    expect(out.record).toMatchObject({ status: 'reviewed', review: { resolution: 'removed' } });
    expect(expectError(reviewUnauthorizedAccount({ finding: out.record, input: { resolution: 'removed', note: 'x' }, actor: reviewer, deps: fakeDeps() })).code).toBe('conflict');
  });
});
