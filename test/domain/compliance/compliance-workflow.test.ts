import { describe, expect, it } from 'vitest';
import { acknowledgePolicy } from '../../../src/domain/compliance/acknowledge-policy.js';
import { recordPolicyReview } from '../../../src/domain/compliance/record-policy-review.js';
import { recordTraining } from '../../../src/domain/compliance/record-training.js';
import { buildActor, expectError, expectOk, fakeDeps } from '../fixtures.js';

const statement = 'I have read, understood and agree to abide by the terms of this Social Media and Internet Usage Policy.';

describe('acknowledgePolicy', () => {
  const staff = buildActor('staff', { id: 's1', packId: 'iwso', packVersion: '2' });

  it('records who signed which version, when and what', () => {
    const out = expectOk(acknowledgePolicy({ input: { signedName: 'Amina Farah', statement, packVersion: '2' }, existing: [], actor: staff, deps: fakeDeps() }));
    expect(out.record).toMatchObject({ personId: 's1', signedName: 'Amina Farah', packId: 'iwso', packVersion: '2', statement, signedAt: '2026-11-21T10:00:00.000Z' });
    expect(out.events[0]).toMatchObject({ kind: 'policy.acknowledged', data: { packId: 'iwso', packVersion: '2' } });
    expect(JSON.stringify(out.events)).not.toContain('Amina');
  });

  it('signs each version once; a new version asks again', () => {
    const v1 = expectOk(acknowledgePolicy({ input: { signedName: 'A', statement, packVersion: '1' }, existing: [], actor: { ...staff, org: { ...staff.org, packVersion: '1' } }, deps: fakeDeps() })).record;
    const v2 = expectOk(acknowledgePolicy({ input: { signedName: 'A', statement, packVersion: '2' }, existing: [v1], actor: staff, deps: fakeDeps() })).record;
    expect(expectError(acknowledgePolicy({ input: { signedName: 'A', statement, packVersion: '2' }, existing: [v1, v2], actor: staff, deps: fakeDeps() })).code).toBe('conflict');
  });

  it('refuses signing a version that is not current', () => {
    expect(expectError(acknowledgePolicy({ input: { signedName: 'A', statement, packVersion: '1' }, existing: [], actor: staff, deps: fakeDeps() })).reason).toBe('not_current_version');
  });
});

describe('recordTraining', () => {
  const officer = buildActor('chief-officer', { id: 'co1', packId: 'chc-wales' });
  const input = { personId: 's1', kind: 'induction', completedAt: '2026-11-20T14:00:00Z' };

  it('is recorded by a manager for someone else in the organization', () => {
    const out = expectOk(recordTraining({ input, personInOrg: true, actor: officer, deps: fakeDeps() }));
    expect(out.record).toMatchObject({ personId: 's1', kind: 'induction', completedAt: '2026-11-20T14:00:00.000Z', recordedBy: 'co1', packId: 'chc-wales' });
    expect(out.events[0]?.kind).toBe('training.recorded');
  });

  it('refuses staff, self-certification, unknown people and future dates', () => {
    expect(expectError(recordTraining({ input, personInOrg: true, actor: buildActor('staff', { packId: 'chc-wales' }), deps: fakeDeps() })).code).toBe('forbidden');
    expect(expectError(recordTraining({ input: { ...input, personId: 'co1' }, personInOrg: true, actor: officer, deps: fakeDeps() })).reason).toBe('self_certification');
    expect(expectError(recordTraining({ input, personInOrg: false, actor: officer, deps: fakeDeps() })).code).toBe('not_found');
    expect(expectError(recordTraining({ input: { ...input, completedAt: '2027-01-01T00:00:00Z' }, personInOrg: true, actor: officer, deps: fakeDeps() })).field).toBe('completedAt');
  });
});

describe('recordPolicyReview', () => {
  it('sets the next review a year on for annual packs', () => {
    const out = expectOk(recordPolicyReview({ input: { reviewedAt: '2026-05-15T09:00:00Z', note: 'Board reviewed' }, actor: buildActor('executive-director', { packId: 'stass' }), deps: fakeDeps() }));
    expect(out.record.nextReviewDue).toBe('2027-05-15T09:00:00.000Z');
    expect(out.events[0]).toMatchObject({ kind: 'policy.reviewed', data: { nextReviewDue: '2027-05-15T09:00:00.000Z' } });
  });

  it('leaves the next review open where the pack sets no interval, and refuses staff', () => {
    expect(expectOk(recordPolicyReview({ input: { reviewedAt: '2026-05-15T09:00:00Z', note: 'x' }, actor: buildActor('executive-director', { packId: 'iwso' }), deps: fakeDeps() })).record.nextReviewDue).toBeUndefined();
    expect(expectError(recordPolicyReview({ input: { reviewedAt: '2026-05-15T09:00:00Z', note: 'x' }, actor: buildActor('staff', { packId: 'stass' }), deps: fakeDeps() })).code).toBe('forbidden');
  });
});
