import pc from 'picocolors';
import type { Coverer, CoverageReport, PolicySentence, SentenceCoverage } from '../../packs/coverage/index.js';

export type CoverageStatus = 'rule' | 'elsewhere' | 'not-prescriptive' | 'uncovered';

/** How a sentence is answered for: a rule if any rule quotes it, else a workflow, else an exclusion. */
export function statusOf(entry: SentenceCoverage): CoverageStatus {
  if (!entry.covered) return 'uncovered';
  const kinds = new Set(entry.by.map((b) => b.kind));
  return kinds.has('rule') ? 'rule' : kinds.has('elsewhere') ? 'elsewhere' : 'not-prescriptive';
}

export function countByStatus(report: CoverageReport): Record<CoverageStatus, number> {
  const counts: Record<CoverageStatus, number> = { rule: 0, elsewhere: 0, 'not-prescriptive': 0, uncovered: 0 };
  for (const entry of report.sentences) counts[statusOf(entry)]++;
  return counts;
}

function describe(coverer: Coverer): string {
  switch (coverer.kind) {
    case 'rule': return coverer.rules.map((r) => `rule ${pc.bold(r.id)} (${r.category}, ${r.severity})`).join('\n    → ');
    case 'elsewhere': return `handled elsewhere: ${pc.bold(coverer.by)} — ${coverer.note}`;
    case 'not-prescriptive': return `${coverer.reason === 'not-for-staff' ? 'not prescriptive for staff' : 'informational'}: ${coverer.note}`;
  }
}

/** The sentence with what makes it prescriptive underlined (when colours are on). */
function marked(sentence: PolicySentence): string {
  if (sentence.why !== 'cue') return sentence.text;
  let out = '';
  let at = 0;
  for (const cue of sentence.cues) {
    out += sentence.text.slice(at, cue.start) + pc.underline(sentence.text.slice(cue.start, cue.end));
    at = cue.end;
  }
  return out + sentence.text.slice(at);
}

/** The end of a list's lead-in, enough to read the item by: "…even in a personal capacity must not;". */
function lastWords(text: string, count = 8): string {
  const words = text.split(' ');
  return words.length <= count ? text : `…${words.slice(-count).join(' ')}`;
}

/** Per section, each prescriptive sentence and what answers for it; then the pack's other clauses. */
export function renderCoverage(name: string, policyFile: string, report: CoverageReport): string {
  const counts = countByStatus(report);
  const lines = [
    pc.bold(name), pc.dim(`policy: ${policyFile}`),
    `${report.sentences.length} prescriptive sentences: ${counts.rule} enforced by rules, ${counts.elsewhere} handled elsewhere, `
      + `${counts['not-prescriptive']} not prescriptive for screening, ${counts.uncovered ? pc.red(`${counts.uncovered} not covered`) : '0 not covered'}`,
  ];
  let section = '';
  for (const entry of report.sentences) {
    const { sentence } = entry;
    if (sentence.section.label !== section) { section = sentence.section.label; lines.push('', pc.bold(`§ ${section}`)); }
    const leadIn = sentence.leadIn ? pc.dim(`(${lastWords(sentence.leadIn)}) `) : '';
    lines.push(`  “${leadIn}${marked(sentence)}”`, ...entry.by.map((b) => `    → ${describe(b)}`));
    if (!entry.covered) lines.push(`    ${pc.red('✗ not covered')}: quote it in a rule, or list it under handledElsewhere or notPrescriptive`);
  }
  if (report.otherClauses.length > 0) {
    lines.push('', pc.bold('Also quoted by the pack (not sentences found prescriptive)'));
    for (const c of report.otherClauses) lines.push(`  § ${c.clause.section}: “${c.clause.text}”`, `    → ${describe(c)}`);
  }
  for (const m of report.misplaced) lines.push('', pc.yellow(`The clause “${m.coverer.clause.text.slice(0, 60)}…” names section "${m.coverer.clause.section}"; the policy has it under "${m.section.label}".`));
  return lines.join('\n');
}

/** The same as data, for tools. */
export function coverageJson(pack: string, policyFile: string, report: CoverageReport): unknown {
  const clause = (c: Coverer) => ({ kind: c.kind, section: c.clause.section, text: c.clause.text,
    ...(c.kind === 'rule' ? { rules: c.rules.map((r) => r.id) } : c.kind === 'elsewhere' ? { by: c.by, note: c.note } : { reason: c.reason, note: c.note }) });
  return {
    pack, policy: policyFile, counts: countByStatus(report),
    sentences: report.sentences.map((e) => ({
      section: e.sentence.section.label, text: e.sentence.text, leadIn: e.sentence.leadIn, why: e.sentence.why,
      cues: e.sentence.why === 'cue' ? e.sentence.cues.map((c) => c.text) : undefined,
      status: statusOf(e), by: e.by.map(clause),
    })),
    otherClauses: report.otherClauses.map(clause),
    misplaced: report.misplaced.map((m) => ({ ...clause(m.coverer), policySection: m.section.label })),
  };
}
