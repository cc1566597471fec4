import { describe, expect, it } from 'vitest';
import { recordConsent } from '../../../src/domain/consents/record-consent.js';
import { recordCourtAuthorization } from '../../../src/domain/consents/record-court-authorization.js';
import { revokeConsent } from '../../../src/domain/consents/revoke-consent.js';
import { toScreeningConsent, toScreeningCourtAuthorization } from '../../../src/domain/consents/to-screening-consent.js';
import { buildActor, expectError, expectOk, fakeDeps } from '../fixtures.js';

const staff = buildActor('staff', { id: 's1', packId: 'iwso' });
const photoConsent = {
  subject: 'c12', scope: 'photo', signedBy: 'substitute-decision-maker', signerName: 'Marie Gagnon',
  written: true, informedOfRisks: true, signedAt: '2026-11-20', validUntil: '2027-11-20',
};

function recorded(actor = staff, deps = fakeDeps()) {
  return expectOk(recordConsent({ input: photoConsent, actor, deps })).record;
}

describe('recordConsent', () => {
  it('records a signed consent as active, with an event that carries no names', () => {
    const out = expectOk(recordConsent({ input: photoConsent, actor: staff, deps: fakeDeps() }));
    expect(out.record).toMatchObject({ subject: 'c12', scope: 'photo', status: 'active', signerName: 'Marie Gagnon', recordedBy: 's1', version: 1 });
    expect(out.events).toHaveLength(1);
    expect(JSON.stringify(out.events)).not.toContain('Marie');
  });

  it('refuses an unwritten media consent where the pack wants it written', () => {
    for (const packId of ['iwso', 'chc-wales', 'cisss-gaspesie']) {
      const error = expectError(recordConsent({ input: { ...photoConsent, written: false }, actor: buildActor('staff', { packId }), deps: fakeDeps() }));
      expect(error).toMatchObject({ code: 'validation', field: 'written', reason: 'written_consent_required' });
    }
  });

  it('accepts an unwritten consent where the pack does not ask for writing, or for communication only', () => {
    expect(recordConsent({ input: { ...photoConsent, written: false }, actor: buildActor('staff', { packId: 'valoris' }), deps: fakeDeps() }).ok).toBe(true);
    expect(recordConsent({ input: { ...photoConsent, scope: 'social-media-communication', written: false }, actor: staff, deps: fakeDeps() }).ok).toBe(true);
  });

  it('rejects a signature in the future, a lapsed validity and an unknown signer', () => {
    expect(expectError(recordConsent({ input: { ...photoConsent, signedAt: '2027-01-01' }, actor: staff, deps: fakeDeps() })).field).toBe('signedAt');
    expect(expectError(recordConsent({ input: { ...photoConsent, validUntil: '2026-01-01' }, actor: staff, deps: fakeDeps() })).field).toBe('validUntil');
    expect(expectError(recordConsent({ input: { ...photoConsent, signedBy: 'neighbour' }, actor: staff, deps: fakeDeps() })).field).toBe('signedBy');
  });
});

describe('revokeConsent', () => {
  it('revokes and opens one take-down task per published item, due by the pack deadline', () => {
    const deps = fakeDeps();
    const consent = recorded(staff, deps);
    const out = expectOk(revokeConsent({
      consent, actor: staff, deps,
      input: {
        reason: 'Client withdrew consent by phone',
        publishedItems: [
          { activityId: 'chk-1', publishedBy: 'cd1', url: 'https://facebook.com/iwso/posts/1' },
          { activityId: 'chk-2' },
        ],
      },
    }));
    expect(out.record).toMatchObject({ status: 'revoked', version: 2, revocation: { by: 's1', reason: 'Client withdrew consent by phone' } });
    expect(out.tasks).toHaveLength(2);
    // iwso 7.1: "removed immediately" → within two hours.
    expect(out.tasks[0]).toMatchObject({ kind: 'take-down', assigneeId: 'cd1', dueAt: '2026-11-21T12:00:00.000Z', ref: { type: 'consent', id: consent.id }, detail: { activityId: 'chk-1', url: 'https://facebook.com/iwso/posts/1' } });
    expect(out.tasks[1]).toMatchObject({ kind: 'take-down', assigneeRole: 'communications-delegate' });
    expect(out.events[0]).toMatchObject({ kind: 'consent.revoked', data: { takeDownTasks: 2 } });
  });

  it('opens one task per item the platform knows was published, the caller\'s duplicate aside', () => {
    const deps = fakeDeps();
    const consent = recorded(staff, deps);
    const published = [{ activityId: 'chk-1', publishedBy: 'cd1', url: 'https://facebook.com/iwso/posts/1' }];
    const out = expectOk(revokeConsent({ consent, published, input: { reason: 'x', publishedItems: [{ activityId: 'chk-1' }, { activityId: 'leaflet-3' }] }, actor: staff, deps }));
    expect(out.tasks.map((t) => [t.detail.activityId, t.assigneeId ?? t.assigneeRole])).toEqual([['chk-1', 'cd1'], ['leaflet-3', 'communications-delegate']]);
  });

  it('revokes with nothing published and opens no task', () => {
    const out = expectOk(revokeConsent({ consent: recorded(), input: { reason: 'Moved away' }, actor: staff, deps: fakeDeps() }));
    expect(out.tasks).toEqual([]);
  });

  it('uses the same-day deadline where the pack sets none', () => {
    const actor = buildActor('staff', { packId: 'chc-wales' });
    const consent = recorded(actor);
    const out = expectOk(revokeConsent({ consent, input: { reason: 'x', publishedItems: [{ activityId: 'a' }] }, actor, deps: fakeDeps() }));
    expect(out.tasks[0]?.dueAt).toBe('2026-11-22T10:00:00.000Z');
  });

  it('refuses revoking twice, another organization\'s consent, and a missing reason', () => {
    const revoked = expectOk(revokeConsent({ consent: recorded(), input: { reason: 'x' }, actor: staff, deps: fakeDeps() })).record;
    expect(expectError(revokeConsent({ consent: revoked, input: { reason: 'x' }, actor: staff, deps: fakeDeps() })).code).toBe('conflict');
    expect(expectError(revokeConsent({ consent: recorded(), input: { reason: 'x' }, actor: buildActor('staff', { orgId: 'org-2' }), deps: fakeDeps() })).code).toBe('not_found');
    expect(expectError(revokeConsent({ consent: recorded(), input: {}, actor: staff, deps: fakeDeps() })).field).toBe('reason');
  });
});

describe('court authorizations', () => {
  const manager = buildActor('supervisor', { packId: 'cisss-gaspesie' });
  const input = { subject: 'c12', judgmentReference: '500-41-000123-268', issuedAt: '2026-10-01' };

  it('are recorded by managers, with identify-child as the default scope', () => {
    const out = expectOk(recordCourtAuthorization({ input, actor: manager, deps: fakeDeps() }));
    expect(out.record.scope).toBe('identify-child');
    expect(toScreeningCourtAuthorization(out.record)).toEqual({ subject: 'c12', scope: 'identify-child' });
    expect(JSON.stringify(out.events)).not.toContain('500-41');
  });

  it('are refused to other roles', () => {
    expect(expectError(recordCourtAuthorization({ input, actor: buildActor('staff', { packId: 'cisss-gaspesie' }), deps: fakeDeps() })).code).toBe('forbidden');
  });
});

describe('toScreeningConsent', () => {
  it('maps a record, keeping revocation visible', () => {
    const consent = recorded();
    expect(toScreeningConsent(consent)).toEqual({
      subject: 'c12', scope: 'photo', signedBy: 'substitute-decision-maker', written: true, informedOfRisks: true,
      validUntil: '2027-11-20', revoked: false,
    });
    const revoked = expectOk(revokeConsent({ consent, input: { reason: 'x' }, actor: staff, deps: fakeDeps() })).record;
    expect(toScreeningConsent(revoked).revoked).toBe(true);
  });
});
