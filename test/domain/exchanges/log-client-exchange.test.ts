import { describe, expect, it } from 'vitest';
import { recordConsent } from '../../../src/domain/consents/record-consent.js';
import { revokeConsent } from '../../../src/domain/consents/revoke-consent.js';
import { logClientExchange } from '../../../src/domain/exchanges/log-client-exchange.js';
import { buildActor, expectError, expectOk, fakeDeps } from '../fixtures.js';

const worker = buildActor('staff', { id: 's1', packId: 'valoris' });
const exchange = { clientId: 'c12', platform: 'facebook', accountId: 'valoris-fb-1', direction: 'outbound', occurredAt: '2026-11-21T09:30:00-05:00', summary: 'Confirmed the meeting time' };

function consent(informedOfRisks: boolean, scope = 'social-media-communication', validUntil?: string) {
  return expectOk(recordConsent({
    input: { subject: 'c12', scope, signedBy: 'self', written: true, informedOfRisks, signedAt: '2026-11-01', validUntil },
    actor: worker, deps: fakeDeps(),
  })).record;
}

describe('logClientExchange', () => {
  it('documents the exchange in the client file with the consent it relied on', () => {
    const c = consent(true);
    const out = expectOk(logClientExchange({ input: exchange, consents: [c], actor: worker, deps: fakeDeps() }));
    expect(out.record).toMatchObject({ clientId: 'c12', staffId: 's1', consentId: c.id, summary: 'Confirmed the meeting time' });
    expect(out.events[0]).toMatchObject({ kind: 'client-exchange.logged', data: { clientId: 'c12', consentId: c.id } });
    expect(JSON.stringify(out.events)).not.toContain('meeting');
  });

  it('is refused without consent to social-media communication', () => {
    const error = expectError(logClientExchange({ input: exchange, consents: [consent(true, 'photo')], actor: worker, deps: fakeDeps() }));
    expect(error).toMatchObject({ code: 'invalid_state', reason: 'client_consent_required', field: 'clientId' });
    expect(error.message).toContain('informed about the associated risks');
  });

  it('is refused when the client was not informed of the risks', () => {
    expect(expectError(logClientExchange({ input: exchange, consents: [consent(false)], actor: worker, deps: fakeDeps() })).reason).toBe('client_not_informed_of_risks');
  });

  it('is refused when the consent was revoked or has lapsed', () => {
    const revoked = expectOk(revokeConsent({ consent: consent(true), input: { reason: 'x' }, actor: worker, deps: fakeDeps() })).record;
    expect(expectError(logClientExchange({ input: exchange, consents: [revoked], actor: worker, deps: fakeDeps() })).reason).toBe('client_consent_required');
    const deps = fakeDeps();
    const lapsing = consent(true, 'social-media-communication', '2026-12-01');
    deps.set('2026-12-02T00:00:00Z');
    expect(logClientExchange({ input: exchange, consents: [lapsing], actor: worker, deps }).ok).toBe(false);
  });

  it('ignores another client\'s or organization\'s consent', () => {
    const other = { ...consent(true), subject: 'c13' };
    const foreign = { ...consent(true), orgId: 'org-2' };
    expect(logClientExchange({ input: exchange, consents: [other, foreign], actor: worker, deps: fakeDeps() }).ok).toBe(false);
  });

  it('validates the input', () => {
    expect(expectError(logClientExchange({ input: { ...exchange, direction: 'sideways' }, consents: [], actor: worker, deps: fakeDeps() })).field).toBe('direction');
  });
});
