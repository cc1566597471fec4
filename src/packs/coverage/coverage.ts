import type { PackData } from '../../engine/pack/schema.js';
import { extractSentences, type PolicySentence, type Section } from './extract.js';
import { coveredLength, locate, matchKey, readingOf, spansInSentence } from './overlap.js';

export interface Clause {
  readonly section: string;
  readonly text: string;
}

/** What answers for a sentence: the rules that quote a clause, a workflow, or an explicit exclusion. */
export type Coverer =
  | { readonly kind: 'rule'; readonly clause: Clause; readonly rules: ReadonlyArray<{ id: string; category: string; severity: string }> }
  | { readonly kind: 'elsewhere'; readonly clause: Clause; readonly by: string; readonly note: string }
  | { readonly kind: 'not-prescriptive'; readonly clause: Clause; readonly reason: 'informational' | 'not-for-staff'; readonly note: string };

export interface SentenceCoverage {
  readonly sentence: PolicySentence;
  /** Every coverer whose quote overlaps the sentence. */
  readonly by: readonly Coverer[];
  /** Each of the sentence's cues lies (at least half of it) inside the quotes. */
  readonly covered: boolean;
}

export interface CoverageReport {
  /** The policy's prescriptive sentences, in order. */
  readonly sentences: readonly SentenceCoverage[];
  /** Coverers whose quotes overlap no prescriptive sentence (a rule quoting a statement of values, say). */
  readonly otherClauses: readonly Coverer[];
  /** Quotes whose section is not the policy's section of the sentence they overlap. */
  readonly misplaced: ReadonlyArray<{ readonly coverer: Coverer; readonly section: Section }>;
}

/** The pack's rules (grouped by the clause they share), workflows and exclusions. */
export function coverersOf(pack: PackData): Coverer[] {
  const byClause = new Map<string, Extract<Coverer, { kind: 'rule' }>>();
  for (const rule of pack.rules) {
    const key = `${rule.clause.section}\u0000${rule.clause.text}`;
    const entry = byClause.get(key) ?? { kind: 'rule' as const, clause: rule.clause, rules: [] };
    byClause.set(key, { ...entry, rules: [...entry.rules, { id: rule.id, category: rule.category, severity: rule.severity }] });
  }
  return [
    ...byClause.values(),
    ...pack.handledElsewhere.map((h) => ({ kind: 'elsewhere' as const, clause: h.clause, by: h.by, note: h.note })),
    ...pack.notPrescriptive.map((n) => ({ kind: 'not-prescriptive' as const, clause: n.clause, reason: n.kind, note: n.reason })),
  ];
}

const sectionKey = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}.]+/gu, ' ').replace(/\.(?=\s|$)/gu, '').replace(/\s+/gu, ' ').trim();

/**
 * Whether a pack's section names the policy's: its number, its title or any heading it sits under.
 * A clause quoting several sections names them all, separated by "; ". Text before the first
 * heading has no name to check.
 */
export function sameSection(packSection: string, section: Section): boolean {
  if (section.headings.length === 0) return true;
  const names = [section.number, section.title, section.label, ...section.headings].filter((n): n is string => n !== undefined).map(sectionKey);
  return packSection.split('; ').map(sectionKey).some((wanted) =>
    names.includes(wanted) || (section.number !== undefined && wanted.startsWith(`${sectionKey(section.number)} `)));
}

/**
 * Checks a pack against its policy: every prescriptive sentence the extractor finds must be
 * quoted by a rule, handled by a workflow, or excluded with a reason.
 */
export function checkCoverage(policy: string, pack: PackData): CoverageReport {
  const coverers = coverersOf(pack);
  const all = extractSentences(policy, pack.language);
  const reading = readingOf(all);
  const located = coverers.map((coverer) => ({ coverer, spans: coverer.clause.text.split(' … ').flatMap((part) => locate(reading, matchKey(part))) }));
  const touched = new Set<Coverer>();
  const misplaced: Array<{ coverer: Coverer; section: Section }> = [];
  const sentences: SentenceCoverage[] = [];
  all.forEach((sentence, index) => {
    const found = located
      .map(({ coverer, spans }) => ({ coverer, spans: spansInSentence(reading, index, sentence.text.length, spans) }))
      .filter((f) => f.spans.length > 0);
    for (const { coverer } of found) {
      if (!sameSection(coverer.clause.section, sentence.section) && !misplaced.some((m) => m.coverer === coverer)) misplaced.push({ coverer, section: sentence.section });
    }
    if (sentence.cues.length === 0) return;
    for (const { coverer } of found) touched.add(coverer);
    const spans = found.flatMap((f) => f.spans);
    const covered = sentence.cues.every((cue) => 2 * coveredLength(cue.start, cue.end, spans) >= cue.end - cue.start);
    sentences.push({ sentence, by: found.map((f) => f.coverer), covered });
  });
  return { sentences, otherClauses: coverers.filter((c) => !touched.has(c)), misplaced };
}
