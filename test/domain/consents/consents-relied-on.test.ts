import { describe, expect, it } from 'vitest';
import { consentsReliedOn, identifiedSubjects } from '../../../src/domain/consents/consents-relied-on.js';
import type { ConsentRecord } from '../../../src/domain/consents/consent-record.js';
import type { Activity } from '../../../src/engine/contract/activity.js';

const now = new Date('2026-11-21T10:00:00Z');

function consent(id: string, subject: string, scope: ConsentRecord['scope'], extra: Partial<ConsentRecord> = {}): ConsentRecord {
  return {
    id, orgId: 'org-1', subject, scope, signedBy: 'self', written: true, informedOfRisks: true, signedAt: '2026-11-01',
    recordedBy: 's1', recordedAt: '2026-11-01T00:00:00Z', status: 'active', version: 1, ...extra,
  };
}

describe('identifiedSubjects', () => {
  it('covers names in words, people in photos and videos by their media scope, and the target', () => {
    const activity: Activity = {
      action: 'post', channel: 'official', author: { id: 'me' },
      media: [{ type: 'photo', people: [{ rosterId: 'c1' }, { role: 'client' }] }, { type: 'video', people: [{ rosterId: 'c2' }] }],
      target: { rosterId: 'c3' },
    };
    expect(identifiedSubjects(activity, ['c1', 'me'])).toEqual([
      { subject: 'c1', scopes: ['name', 'story', 'photo'] },
      { subject: 'c2', scopes: ['video'] },
      { subject: 'c3', scopes: ['name', 'story'] },
    ]);
  });

  it('relies on consent to social-media communication when messaging a client', () => {
    expect(identifiedSubjects({ action: 'message', channel: 'personal', target: { rosterId: 'c1' } }, [])).toEqual([
      { subject: 'c1', scopes: ['social-media-communication'] },
    ]);
  });
});

describe('consentsReliedOn', () => {
  const identified = [{ subject: 'c1', scopes: ['photo'] as const }];

  it('names each consent in force that covers how a person is identified', () => {
    const consents = [consent('k1', 'c1', 'photo'), consent('k2', 'c1', 'name'), consent('k3', 'c2', 'photo')];
    expect(consentsReliedOn(identified, consents, now)).toEqual([{ consentId: 'k1', subject: 'c1', scope: 'photo' }]);
  });

  it('leaves out revoked and lapsed consents', () => {
    const consents = [consent('k1', 'c1', 'photo', { status: 'revoked' }), consent('k2', 'c1', 'photo', { validUntil: '2026-11-20' })];
    expect(consentsReliedOn(identified, consents, now)).toEqual([]);
  });
});
