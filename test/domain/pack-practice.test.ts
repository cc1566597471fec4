import { describe, expect, it } from 'vitest';
import { APPROVAL_KINDS, PACK_IDS } from '../../src/engine/contract/enums.js';
import { PACK_PRACTICE, practiceFor } from '../../src/domain/pack-practice.js';
import { INCIDENT_KINDS, type ClauseRef } from '../../src/domain/pack-practice.types.js';

const clauses = (value: unknown): ClauseRef[] => {
  if (value === null || typeof value !== 'object') return [];
  if ('text' in value && 'section' in value) return [value as ClauseRef];
  return Object.values(value).flatMap(clauses);
};

describe('PACK_PRACTICE', () => {
  it('has every built-in pack, each setting citing a clause', () => {
    expect(Object.keys(PACK_PRACTICE).sort()).toEqual([...PACK_IDS].sort());
    for (const practice of Object.values(PACK_PRACTICE)) {
      for (const kind of APPROVAL_KINDS) expect(practice.approvers[kind].clause.text.length).toBeGreaterThan(10);
      for (const kind of INCIDENT_KINDS) {
        expect(practice.incidentHandlers[kind].roles.length).toBeGreaterThan(0);
        expect(practice.incidentDeadlines[kind].hours).toBeGreaterThan(0);
      }
      for (const c of clauses(practice)) expect(c.text.trim()).not.toBe('');
    }
  });

  it('quotes the policies\' own words where a section is named', () => {
    expect(practiceFor('valoris').approvers['work-time-social-media'].clause.text).toContain('immediate supervisor');
    expect(practiceFor('iwso').password?.clause.text).toContain('six months');
    expect(practiceFor('chc-wales').training?.clause.text).toContain('every two years');
    expect(practiceFor('stass').review?.clause.text).toContain('annually');
    expect(practiceFor('cisss-gaspesie').outcomes).toContain('quality-deviation');
  });

  it('turns "immediately" into hours, never days', () => {
    for (const practice of Object.values(PACK_PRACTICE)) {
      for (const deadline of [...Object.values(practice.incidentDeadlines), practice.removalDeadline, practice.ministryReportDeadline]) {
        if (deadline?.wording === 'immediately') expect(deadline.hours).toBeLessThanOrEqual(4);
      }
    }
  });

  it('keeps quality deviations to cisss-gaspesie and ministry reports to valoris', () => {
    for (const [id, practice] of Object.entries(PACK_PRACTICE)) {
      expect(practice.outcomes.includes('quality-deviation')).toBe(id === 'cisss-gaspesie');
      expect(practice.outcomes.includes('ministry-report')).toBe(id === 'valoris');
    }
  });

  it('gives an organization\'s own pack conservative defaults', () => {
    const own = practiceFor('acme-2026');
    expect(own.packId).toBe('custom');
    expect(own.consentMustBeWritten.value).toBe(true);
    expect(own.outcomes).not.toContain('quality-deviation');
  });
});
