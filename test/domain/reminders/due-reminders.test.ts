import { describe, expect, it } from 'vitest';
import type { PolicyAcknowledgement, TrainingRecord } from '../../../src/domain/compliance/compliance-records.js';
import { requestApproval } from '../../../src/domain/approvals/request-approval.js';
import { reportIncident } from '../../../src/domain/incidents/report-incident.js';
import { dueReminders } from '../../../src/domain/reminders/due-reminders.js';
import { buildActor, expectOk, fakeDeps } from '../fixtures.js';

const chc = { id: 'org-1', packId: 'chc-wales', packVersion: '2020-12' };
const iwso = { id: 'org-1', packId: 'iwso', packVersion: '1' };
const ack = (personId: string, packVersion: string): PolicyAcknowledgement => ({
  id: `a-${personId}`, orgId: 'org-1', personId, signedName: personId, packId: 'chc-wales', packVersion, statement: 'x', signedAt: '2026-01-01T00:00:00Z',
});
const training = (personId: string, completedAt: string): TrainingRecord => ({
  id: `t-${personId}`, orgId: 'org-1', personId, kind: 'induction', completedAt, packId: 'chc-wales', packVersion: '2020-12', recordedBy: 'co1', recordedAt: completedAt,
});

describe('dueReminders', () => {
  const now = new Date('2026-11-21T10:00:00Z');

  it('asks everyone who has not signed the current version, not those who have', () => {
    const reminders = dueReminders(now, {
      org: chc, versionAdoptedAt: '2026-11-01T00:00:00Z',
      people: [{ id: 'p1', role: 'staff', startedAt: '2020-01-01T00:00:00Z' }, { id: 'p2', role: 'staff', startedAt: '2020-01-01T00:00:00Z' }, { id: 'p3', role: 'staff', startedAt: '2020-01-01T00:00:00Z', archived: true }],
      acknowledgements: [ack('p1', '2020-12'), ack('p2', '2019-01')],
      training: [training('p1', '2026-01-01T00:00:00Z'), training('p2', '2026-01-01T00:00:00Z')],
      reviews: [{ id: 'r1', orgId: 'org-1', packId: 'chc-wales', packVersion: '2020-12', reviewedAt: '2026-06-01T00:00:00Z', reviewedBy: 'b1', note: 'x' }],
    });
    expect(reminders).toEqual([expect.objectContaining({ kind: 'acknowledgement', personId: 'p2', dueAt: '2026-12-01T00:00:00.000Z', overdue: false })]);
  });

  it('lists chc-wales induction for newcomers and the two-yearly refresher', () => {
    const reminders = dueReminders(now, {
      org: chc, versionAdoptedAt: '2020-12-01T00:00:00Z',
      people: [{ id: 'new', role: 'volunteer', startedAt: '2026-08-01T00:00:00Z' }, { id: 'old', role: 'staff', startedAt: '2019-01-01T00:00:00Z' }, { id: 'fresh', role: 'staff', startedAt: '2019-01-01T00:00:00Z' }],
      acknowledgements: [ack('new', '2020-12'), ack('old', '2020-12'), ack('fresh', '2020-12')],
      training: [training('old', '2024-11-01T00:00:00Z'), training('fresh', '2026-01-01T00:00:00Z')],
      reviews: [{ id: 'r1', orgId: 'org-1', packId: 'chc-wales', packVersion: '2020-12', reviewedAt: '2026-06-01T00:00:00Z', reviewedBy: 'b1', note: 'x' }],
    });
    expect(reminders.map((r) => [r.kind, r.personId, r.dueAt, r.overdue])).toEqual([
      ['training-refresher', 'old', '2026-11-01T00:00:00.000Z', true],
      ['training-induction', 'new', '2026-10-30T00:00:00.000Z', true],
    ].sort((a, b) => String(a[2]).localeCompare(String(b[2]))));
  });

  it('asks for the annual review a year after the last one, or after adoption', () => {
    const base = { org: { ...chc, packId: 'stass' }, versionAdoptedAt: '2015-05-01T00:00:00Z' };
    expect(dueReminders(now, base)).toEqual([expect.objectContaining({ kind: 'policy-review', dueAt: '2016-05-01T00:00:00.000Z', overdue: true })]);
    const reviewed = dueReminders(now, { ...base, reviews: [{ id: 'r', orgId: 'org-1', packId: 'stass', packVersion: '1', reviewedAt: '2026-05-20T00:00:00Z', reviewedBy: 'ed', note: 'x' }] });
    expect(reviewed).toEqual([]);
    expect(dueReminders(new Date('2027-05-10T00:00:00Z'), { ...base, reviews: [{ id: 'r', orgId: 'org-1', packId: 'stass', packVersion: '1', reviewedAt: '2026-05-20T00:00:00Z', reviewedBy: 'ed', note: 'x' }] })[0]).toMatchObject({ kind: 'policy-review', overdue: false });
  });

  it('asks iwso users to change passwords every six months', () => {
    const reminders = dueReminders(now, {
      org: iwso, versionAdoptedAt: '2020-01-01T00:00:00Z',
      people: [{ id: 'p1', role: 'staff', startedAt: '2020-01-01T00:00:00Z', passwordChangedAt: '2026-05-01T00:00:00Z' }, { id: 'p2', role: 'staff', startedAt: '2020-01-01T00:00:00Z', passwordChangedAt: '2026-11-01T00:00:00Z' }],
      acknowledgements: [{ ...ack('p1', '1'), packId: 'iwso' }, { ...ack('p2', '1'), packId: 'iwso' }],
    });
    expect(reminders).toEqual([expect.objectContaining({ kind: 'password-change', personId: 'p1', overdue: true })]);
  });

  it('lists overdue incidents, pending approvals, open tasks, ending grants and lapsing consents', () => {
    const deps = fakeDeps('2026-11-21T06:00:00.000Z');
    const incident = expectOk(reportIncident({ input: { kind: 'security-incident', description: 'x' }, actor: buildActor('staff', { packId: 'chc-wales' }), deps }));
    const approval = expectOk(requestApproval({ input: { kind: 'speak-for-org', purpose: 'x' }, actor: buildActor('staff', { packId: 'chc-wales' }), deps }));
    const reminders = dueReminders(now, {
      org: chc, versionAdoptedAt: '2026-11-21T00:00:00Z',
      incidents: [incident.record], tasks: [...incident.tasks], approvals: [approval.record],
      grants: [{ id: 'g1', orgId: 'org-1', accountId: 'acc', personId: 'p1', from: '2026-11-20T00:00:00.000Z', until: '2026-11-25T00:00:00.000Z', purpose: 'x', approvedBy: 'co', approvedByRole: 'chief-officer', approvedAt: 'x', version: 1 }],
      consents: [{ id: 'c1', orgId: 'org-1', subject: 'c12', scope: 'photo', signedBy: 'self', written: true, informedOfRisks: true, signedAt: '2026-01-01', validUntil: '2026-11-30', recordedBy: 's', recordedAt: 'x', status: 'active', version: 1 }],
    }, { horizonDays: 10 });
    expect(reminders.map((r) => [r.kind, r.overdue])).toEqual([
      ['incident-triage', true], ['task', true], ['grant-ending', false], ['consent-expiring', false],
    ]);
    const wide = dueReminders(now, { org: chc, versionAdoptedAt: '2026-11-21T00:00:00Z', approvals: [approval.record] }, { horizonDays: 60 });
    expect(wide.map((r) => r.kind)).toContain('approval-decision');
  });
});
