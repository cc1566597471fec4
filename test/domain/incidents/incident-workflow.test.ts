import { describe, expect, it } from 'vitest';
import { addIncidentEvidence } from '../../../src/domain/incidents/add-incident-evidence.js';
import { closeIncident } from '../../../src/domain/incidents/close-incident.js';
import { isIncidentOverdue } from '../../../src/domain/incidents/incident.js';
import { investigateIncident } from '../../../src/domain/incidents/investigate-incident.js';
import { reportIncident } from '../../../src/domain/incidents/report-incident.js';
import { triageIncident } from '../../../src/domain/incidents/triage-incident.js';
import { buildActor, expectError, expectOk, fakeDeps } from '../fixtures.js';

const SHA = 'a'.repeat(64);

function report(packId: string, input: Record<string, unknown>, deps = fakeDeps()) {
  return expectOk(reportIncident({ input: { description: 'Screenshot of a post', ...input }, actor: buildActor('staff', { id: 's1', packId }), deps }));
}

describe('reportIncident deadlines', () => {
  it.each([
    ['chc-wales', 'security-incident', '2026-11-21T12:00:00.000Z'],
    ['valoris', 'serious-occurrence', '2026-11-21T12:00:00.000Z'],
    ['stass', 'removal-request', '2026-11-21T12:00:00.000Z'],
    ['iwso', 'removal-request', '2026-11-21T12:00:00.000Z'],
    ['valoris', 'policy-breach', '2026-11-22T10:00:00.000Z'],
    ['cisss-gaspesie', 'policy-breach', '2026-11-24T10:00:00.000Z'],
    ['chc-wales', 'harassment', '2026-11-24T10:00:00.000Z'],
  ])('%s %s is due %s', (packId, kind, dueAt) => {
    expect(report(packId, { kind, contentRef: 'chk-1', subjectPersonId: 's9' }).record.dueAt).toBe(dueAt);
  });

  it('flags "immediately" as overdue within hours, not days', () => {
    const incident = report('chc-wales', { kind: 'security-incident', subtype: 'social-engineering' }).record;
    expect(isIncidentOverdue(incident, new Date('2026-11-21T11:59:00Z'))).toBe(false);
    expect(isIncidentOverdue(incident, new Date('2026-11-21T12:01:00Z'))).toBe(true);
  });
});

describe('reportIncident', () => {
  it('keeps an anonymous reporter out of the record and the audit event', () => {
    const out = report('valoris', { kind: 'policy-breach', anonymous: true, subjectPersonId: 's9' });
    expect(out.record.reporterId).toBeUndefined();
    expect(out.record.anonymous).toBe(true);
    expect(out.events[0]).toMatchObject({ kind: 'incident.reported', actorId: null, data: { anonymous: true } });
    expect(JSON.stringify(out)).not.toContain('"s1"');
  });

  it('names the reporter otherwise and routes triage to the pack\'s handler', () => {
    const out = report('iwso', { kind: 'harassment', subtype: 'trolling' });
    expect(out.record).toMatchObject({ reporterId: 's1', handlerRoles: ['executive-director'], status: 'reported' });
    expect(out.tasks).toEqual([expect.objectContaining({ kind: 'triage-incident', assigneeRole: 'executive-director' })]);
  });

  it('opens the valoris ministry report at once for a serious occurrence', () => {
    const out = report('valoris', { kind: 'serious-occurrence' });
    expect(out.tasks.map((t) => t.kind)).toEqual(['triage-incident', 'ministry-report']);
    expect(out.tasks[1]?.dueAt).toBe('2026-11-21T12:00:00.000Z');
    expect(report('iwso', { kind: 'serious-occurrence' }).tasks.map((t) => t.kind)).toEqual(['triage-incident']);
  });

  it('asks the colleague who posted to remove the item immediately (stass 5.4.2)', () => {
    const out = report('stass', { kind: 'removal-request', contentRef: 'https://facebook.com/p/1', subjectPersonId: 's9' });
    expect(out.tasks[1]).toMatchObject({ kind: 'remove-content', assigneeId: 's9', dueAt: '2026-11-21T12:00:00.000Z' });
  });

  it('validates subtypes and removal requests', () => {
    const actor = buildActor('staff', { packId: 'stass' });
    expect(expectError(reportIncident({ input: { kind: 'harassment', subtype: 'hacking', description: 'x' }, actor, deps: fakeDeps() })).field).toBe('subtype');
    expect(expectError(reportIncident({ input: { kind: 'removal-request', description: 'x' }, actor, deps: fakeDeps() })).field).toBe('contentRef');
    expect(expectError(reportIncident({ input: { kind: 'removal-request', contentRef: 'x', anonymous: true, description: 'x' }, actor, deps: fakeDeps() })).field).toBe('anonymous');
  });
});

describe('triage → investigation → outcome', () => {
  const supervisor = buildActor('supervisor', { id: 'sup1', packId: 'cisss-gaspesie' });

  it('walks the states and closes with a quality deviation for cisss-gaspesie', () => {
    const reported = report('cisss-gaspesie', { kind: 'policy-breach', subjectPersonId: 's9' }).record;
    const triaged = expectOk(triageIncident({ incident: reported, input: { severity: 'high', note: 'Client photo posted' }, actor: supervisor, deps: fakeDeps() })).record;
    expect(triaged).toMatchObject({ status: 'triaged', version: 2, triage: { severity: 'high', by: 'sup1' } });
    const investigating = expectOk(investigateIncident({ incident: triaged, input: { note: 'Interview planned' }, actor: supervisor, deps: fakeDeps() })).record;
    expect(investigating).toMatchObject({ status: 'investigating', investigation: { investigatorId: 'sup1' } });
    const closed = expectOk(closeIncident({ incident: investigating, input: { outcomes: ['quality-deviation', 'removal-requested'], note: 'Photo removed' }, actor: supervisor, deps: fakeDeps() }));
    expect(closed.record).toMatchObject({ status: 'closed', outcome: { kinds: ['quality-deviation', 'removal-requested'] } });
    expect(closed.tasks).toEqual([
      expect.objectContaining({ kind: 'quality-deviation', assigneeRole: 'supervisor' }),
      expect.objectContaining({ kind: 'remove-content', assigneeId: 's9' }),
    ]);
    expect(closed.events[0]).toMatchObject({ kind: 'incident.closed', data: { outcomes: ['quality-deviation', 'removal-requested'] } });
  });

  it('refuses outcomes the pack does not know, and mixing no-action with others', () => {
    const ed = buildActor('executive-director', { packId: 'iwso' });
    const triaged = expectOk(triageIncident({ incident: report('iwso', { kind: 'policy-breach' }).record, input: { severity: 'low', note: 'x' }, actor: ed, deps: fakeDeps() })).record;
    expect(expectError(closeIncident({ incident: triaged, input: { outcomes: ['quality-deviation'], note: 'x' }, actor: ed, deps: fakeDeps() })).reason).toBe('outcome_not_in_pack');
    expect(expectError(closeIncident({ incident: triaged, input: { outcomes: ['ministry-report'], note: 'x' }, actor: ed, deps: fakeDeps() })).reason).toBe('outcome_not_in_pack');
    expect(expectError(closeIncident({ incident: triaged, input: { outcomes: ['no-action', 'legal-referral'], note: 'x' }, actor: ed, deps: fakeDeps() })).field).toBe('outcomes');
    const closed = expectOk(closeIncident({ incident: triaged, input: { outcomes: ['no-action'], note: 'Unfounded' }, actor: ed, deps: fakeDeps() }));
    expect(closed.tasks).toEqual([]);
  });

  it('lets valoris close a serious occurrence with the ministry report and a disciplinary referral', () => {
    const sup = buildActor('supervisor', { id: 'sup1', packId: 'valoris' });
    const triaged = expectOk(triageIncident({ incident: report('valoris', { kind: 'serious-occurrence', subjectPersonId: 's9' }).record, input: { severity: 'critical', note: 'x' }, actor: sup, deps: fakeDeps() })).record;
    const out = expectOk(closeIncident({ incident: triaged, input: { outcomes: ['ministry-report', 'disciplinary-referral'], note: 'Reported' }, actor: sup, deps: fakeDeps() }));
    expect(out.tasks.map((t) => [t.kind, t.dueAt])).toEqual([
      ['ministry-report', '2026-11-21T12:00:00.000Z'], ['disciplinary-referral', '2026-11-28T10:00:00.000Z'],
    ]);
  });

  it('refuses other roles, the person reported, other organizations and wrong states', () => {
    const reported = report('cisss-gaspesie', { kind: 'policy-breach', subjectPersonId: 'sup9' }).record;
    const input = { severity: 'low', note: 'x' };
    expect(expectError(triageIncident({ incident: reported, input, actor: buildActor('staff', { packId: 'cisss-gaspesie' }), deps: fakeDeps() })).code).toBe('forbidden');
    expect(expectError(triageIncident({ incident: reported, input, actor: buildActor('supervisor', { id: 'sup9', packId: 'cisss-gaspesie' }), deps: fakeDeps() })).reason).toBe('conflict_of_interest');
    expect(expectError(triageIncident({ incident: reported, input, actor: buildActor('supervisor', { orgId: 'org-2', packId: 'cisss-gaspesie' }), deps: fakeDeps() })).code).toBe('not_found');
    expect(expectError(investigateIncident({ incident: reported, input: { note: 'x' }, actor: supervisor, deps: fakeDeps() })).code).toBe('invalid_state');
    expect(expectError(closeIncident({ incident: reported, input: { outcomes: ['no-action'], note: 'x' }, actor: supervisor, deps: fakeDeps() })).code).toBe('invalid_state');
    const triaged = expectOk(triageIncident({ incident: reported, input, actor: supervisor, deps: fakeDeps() })).record;
    expect(expectError(triageIncident({ incident: triaged, input, actor: supervisor, deps: fakeDeps() })).code).toBe('invalid_state');
    expect(expectError(investigateIncident({ incident: triaged, input: { note: 'x', investigatorId: 'sup9' }, actor: supervisor, deps: fakeDeps() })).reason).toBe('conflict_of_interest');
  });

  it('routes chc-wales security incidents to the Chief Officer, not a line manager', () => {
    const incident = report('chc-wales', { kind: 'security-incident', subtype: 'hacking' }).record;
    const input = { severity: 'high', note: 'Account hijacked' };
    expect(triageIncident({ incident, input, actor: buildActor('supervisor', { packId: 'chc-wales' }), deps: fakeDeps() }).ok).toBe(false);
    expect(triageIncident({ incident, input, actor: buildActor('chief-officer', { packId: 'chc-wales' }), deps: fakeDeps() }).ok).toBe(true);
  });
});

describe('addIncidentEvidence', () => {
  const evidence = { sha256: SHA, fileName: 'screenshot.png', mediaType: 'image/png', size: 12345 };

  it('lets the named reporter and handlers attach files by digest, once each', () => {
    const incident = report('stass', { kind: 'policy-breach' }).record;
    const out = expectOk(addIncidentEvidence({ incident, input: evidence, actor: buildActor('staff', { id: 's1', packId: 'stass' }), deps: fakeDeps() }));
    expect(out.record.evidence).toEqual([expect.objectContaining({ sha256: SHA, addedBy: 's1' })]);
    expect(out.events[0]).toMatchObject({ kind: 'incident.evidence-added', data: { sha256: SHA } });
    const supervisor = buildActor('supervisor', { packId: 'stass' });
    expect(expectError(addIncidentEvidence({ incident: out.record, input: evidence, actor: supervisor, deps: fakeDeps() })).code).toBe('conflict');
    expect(addIncidentEvidence({ incident: out.record, input: { ...evidence, sha256: 'b'.repeat(64) }, actor: supervisor, deps: fakeDeps() }).ok).toBe(true);
  });

  it('refuses others, bad digests and closed incidents', () => {
    const incident = report('stass', { kind: 'policy-breach' }).record;
    expect(expectError(addIncidentEvidence({ incident, input: evidence, actor: buildActor('staff', { id: 's2', packId: 'stass' }), deps: fakeDeps() })).code).toBe('forbidden');
    expect(expectError(addIncidentEvidence({ incident, input: { ...evidence, sha256: 'XYZ' }, actor: buildActor('staff', { id: 's1', packId: 'stass' }), deps: fakeDeps() })).field).toBe('sha256');
    const closed = { ...incident, status: 'closed' as const };
    expect(expectError(addIncidentEvidence({ incident: closed, input: evidence, actor: buildActor('supervisor', { packId: 'stass' }), deps: fakeDeps() })).code).toBe('invalid_state');
  });
});
