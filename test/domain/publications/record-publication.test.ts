import { describe, expect, it } from 'vitest';
import { recordConsent } from '../../../src/domain/consents/record-consent.js';
import { revokeConsent } from '../../../src/domain/consents/revoke-consent.js';
import { recordPublication } from '../../../src/domain/publications/record-publication.js';
import { buildActor, expectError, expectOk, fakeDeps } from '../fixtures.js';

const author = buildActor('communications-delegate', { id: 'cd1', packId: 'iwso' });
const check = { id: 'chk-1', orgId: 'org-1', personId: 'cd1' };

describe('recordPublication', () => {
  it('records where and when the check\'s author published, with an event and no task', () => {
    const out = expectOk(recordPublication({ check, revokedReliedOn: [], input: { url: 'https://x.com/iwso/1' }, actor: author, deps: fakeDeps() }));
    expect(out.record).toMatchObject({ checkId: 'chk-1', publishedBy: 'cd1', url: 'https://x.com/iwso/1', publishedAt: '2026-11-21T10:00:00.000Z' });
    expect(out.events[0]).toMatchObject({ kind: 'check.published', data: { checkId: 'chk-1', takeDownTasks: 0 } });
    expect(out.tasks).toEqual([]);
  });

  it('opens a take-down at once for a consent relied on and revoked since', () => {
    const deps = fakeDeps();
    const consent = expectOk(recordConsent({ input: { subject: 'c1', scope: 'photo', signedBy: 'self', written: true, informedOfRisks: true, signedAt: '2026-11-01' }, actor: author, deps })).record;
    const revoked = expectOk(revokeConsent({ consent, input: { reason: 'withdrawn' }, actor: author, deps })).record;
    const out = expectOk(recordPublication({ check, revokedReliedOn: [revoked], input: {}, actor: author, deps }));
    expect(out.tasks).toEqual([expect.objectContaining({ kind: 'take-down', assigneeId: 'cd1', ref: { type: 'consent', id: consent.id }, dueAt: '2026-11-21T12:00:00.000Z', detail: { activityId: 'chk-1', scope: 'photo' } })]);
  });

  it('refuses another organization\'s check, someone else\'s, a second time, and a time in the future', () => {
    const deps = fakeDeps();
    expect(expectError(recordPublication({ check: { ...check, orgId: 'org-2' }, revokedReliedOn: [], input: {}, actor: author, deps })).code).toBe('not_found');
    expect(expectError(recordPublication({ check: { ...check, personId: 'x' }, revokedReliedOn: [], input: {}, actor: author, deps })).reason).toBe('not_author');
    const existing = expectOk(recordPublication({ check, revokedReliedOn: [], input: {}, actor: author, deps })).record;
    expect(expectError(recordPublication({ check, existing, revokedReliedOn: [], input: {}, actor: author, deps })).reason).toBe('already_published');
    expect(expectError(recordPublication({ check, revokedReliedOn: [], input: { publishedAt: '2026-11-22T00:00:00Z' }, actor: author, deps })).field).toBe('publishedAt');
  });
});
