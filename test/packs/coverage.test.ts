import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PackData } from '../../src/engine/pack/schema.js';
import { checkCoverage, type CoverageReport } from '../../src/packs/coverage/index.js';
import { BUILT_IN_IDS, loadPack } from '../../src/packs/load.js';

const POLICIES = '../shared/policies';
const policyOf = (pack: PackData): string => readFileSync(join(POLICIES, pack.policy.source), 'utf8');

const reports = new Map<string, CoverageReport>();
/** Each built-in pack checked once: the three tests below read the same report. */
function reportOf(id: string): CoverageReport {
  let report = reports.get(id);
  if (!report) { const pack = loadPack(id).data; report = checkCoverage(policyOf(pack), pack); reports.set(id, report); }
  return report;
}

const uncovered = (id: string, report: CoverageReport): string[] =>
  report.sentences.filter((s) => !s.covered).map((s) => `${id} § ${s.sentence.section.label}: “${s.sentence.text}”`);

describe('every prescriptive sentence of each policy is covered by its pack', () => {
  it.each(BUILT_IN_IDS)('%s: a rule quotes it, a workflow handles it, or the pack says why it binds no one', (id) => {
    const report = reportOf(id);
    expect(report.sentences.length).toBeGreaterThan(10);
    expect(uncovered(id, report)).toEqual([]);
  });

  it.each(BUILT_IN_IDS)('%s: each quote names the section the policy has it under', (id) => {
    const misplaced = reportOf(id).misplaced
      .map((m) => `${id}: “${m.coverer.clause.text.slice(0, 60)}…” says § ${m.coverer.clause.section}, the policy has § ${m.section.label}`);
    expect(misplaced).toEqual([]);
  });

  it.each(BUILT_IN_IDS)('%s: every exclusion is of a sentence found prescriptive (none is stale)', (id) => {
    const stale = reportOf(id).otherClauses.filter((c) => c.kind === 'not-prescriptive').map((c) => c.clause.text);
    expect(stale).toEqual([]);
  });
});

describe('the coverage check', () => {
  const pack = loadPack('valoris').data;
  const policy = policyOf(pack);

  it('names the pack, section and sentence left uncovered when a workflow entry is dropped', () => {
    const without = { ...pack, handledElsewhere: pack.handledElsewhere.filter((h) => h.by !== 'training' && !h.clause.text.startsWith('A person working on behalf of Valoris who is aware of a breach')) };
    expect(uncovered('valoris', checkCoverage(policy, without))).toEqual([
      'valoris § 1. General: “A person working on behalf of Valoris who is aware of a breach of this policy shall report it to a supervisor.”',
    ]);
  });

  it('counts a rule as covering a sentence only where its quote holds the prescriptive words', () => {
    const partial = {
      ...pack,
      rules: pack.rules.map((r) => r.id === 'agency-account-access-approved'
        ? { ...r, clause: { ...r.clause, text: 'Their use must be approved ahead of time by the immediate supervisor' } } : r),
    };
    const entry = checkCoverage(policy, partial).sentences.find((s) => s.sentence.text.startsWith('Their use must be approved'));
    expect(entry?.by.map((b) => b.kind)).toEqual(['rule']);
    expect(entry?.covered).toBe(false);
  });

  it('accepts an explicit exclusion with its reason', () => {
    const sentence = 'Employees are responsible for checking the account to ensure any necessary follow-ups.';
    const excluded: PackData = {
      ...pack,
      handledElsewhere: pack.handledElsewhere.filter((h) => h.clause.text !== sentence),
      notPrescriptive: [{ clause: { section: '2. Valoris Facebook', text: sentence }, kind: 'not-for-staff', reason: 'for the test' }],
    };
    const entry = checkCoverage(policy, excluded).sentences.find((s) => s.sentence.text === sentence);
    expect(entry).toMatchObject({ covered: true, by: [{ kind: 'not-prescriptive', reason: 'not-for-staff', note: 'for the test' }] });
  });

  it('reports a clause quoted under the wrong section', () => {
    const moved = { ...pack, rules: pack.rules.map((r) => r.id === 'no-posting-on-agency-accounts' ? { ...r, clause: { ...r.clause, section: '1. General' } } : r) };
    expect(checkCoverage(policy, moved).misplaced.map((m) => m.section.label)).toEqual(['2. Valoris Facebook']);
  });
});
