import { describe, expect, it } from 'vitest';
import { APPROVAL_KINDS, PACK_IDS } from '../../../src/engine/contract/enums.js';
import { decideApproval } from '../../../src/domain/approvals/decide-approval.js';
import { requestApproval } from '../../../src/domain/approvals/request-approval.js';
import { routeApproval } from '../../../src/domain/approvals/route-approval.js';
import { buildActor, expectError, expectOk, fakeDeps } from '../fixtures.js';

describe('routeApproval', () => {
  it.each([
    ['valoris', 'work-time-social-media', 'staff', 'supervisor'],
    ['valoris', 'publish-client-media', 'staff', 'executive-director'],
    ['iwso', 'personal-site-identifying-org', 'staff', 'executive-director'],
    ['iwso', 'publish-client-media', 'communications-delegate', 'executive-director'],
    ['stass', 'work-time-social-media', 'staff', 'supervisor'],
    ['stass', 'speak-for-org', 'staff', 'executive-director'],
    ['chc-wales', 'speak-for-org', 'staff', 'chief-officer'],
    ['chc-wales', 'speak-for-org', 'board-member', 'chief-executive'],
    ['chc-wales', 'official-account-creation', 'volunteer', 'chief-officer'],
    ['cisss-gaspesie', 'publish-client-media', 'staff', 'supervisor'],
    ['my-own-pack', 'speak-for-org', 'staff', 'executive-director'],
  ] as const)('%s %s by %s → %s', (pack, kind, requester, role) => {
    expect(routeApproval(pack, kind, requester).role).toBe(role);
  });

  it('routes every kind of every pack somewhere', () => {
    for (const pack of PACK_IDS) for (const kind of APPROVAL_KINDS) expect(routeApproval(pack, kind, 'staff').role).toBeTruthy();
  });

  it('sends valoris account use to the immediate supervisor in person', () => {
    expect(routeApproval('valoris', 'work-time-social-media', 'staff', 'sup-7')).toEqual({ role: 'supervisor', approverId: 'sup-7' });
    expect(routeApproval('stass', 'work-time-social-media', 'staff', 'sup-7')).toEqual({ role: 'supervisor' });
  });

  it('lets only that supervisor decide', () => {
    const staff = buildActor('staff', { id: 's1', packId: 'valoris' });
    const request = expectOk(requestApproval({ input: { kind: 'work-time-social-media', purpose: 'Family search' }, actor: staff, supervisorId: 'sup-7', deps: fakeDeps() })).record;
    const otherSupervisor = buildActor('supervisor', { id: 'sup-8', packId: 'valoris' });
    expect(expectError(decideApproval({ request, input: { decision: 'approved', reason: 'ok' }, actor: otherSupervisor, deps: fakeDeps() })).reason).toBe('not_immediate_supervisor');
    const own = buildActor('supervisor', { id: 'sup-7', packId: 'valoris' });
    expect(expectOk(decideApproval({ request, input: { decision: 'approved', reason: 'ok' }, actor: own, deps: fakeDeps() })).record.status).toBe('approved');
  });

  it('lets a chc-wales board member\'s request be decided by the Chief Executive only', () => {
    const member = buildActor('board-member', { id: 'b1', packId: 'chc-wales' });
    const request = expectOk(requestApproval({ input: { kind: 'speak-for-org', purpose: 'Radio interview' }, actor: member, deps: fakeDeps() })).record;
    expect(expectError(decideApproval({ request, input: { decision: 'approved', reason: 'ok' }, actor: buildActor('chief-officer', { packId: 'chc-wales' }), deps: fakeDeps() })).code).toBe('forbidden');
    expect(expectOk(decideApproval({ request, input: { decision: 'approved', reason: 'ok' }, actor: buildActor('chief-executive', { packId: 'chc-wales' }), deps: fakeDeps() })).ok).toBe(true);
  });
});
