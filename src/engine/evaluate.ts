import type { Activity } from './contract/activity.js';
import { verdictRank, type Language, type Verdict } from './contract/enums.js';
import type { Finding, ScreeningResult } from './contract/result.js';
import type { CompiledContext } from './context/compile.js';
import { parseInstant } from './context/time.js';
import type { DetectorInput, Hit } from './detectors/types.js';
import type { CompiledDetectorUse, CompiledPack, CompiledRule } from './pack/compile.js';
import type { LocalizedText } from './pack/schema.js';
import { ActivityFacts, ruleApplies } from './rules/conditions.js';
import { checkRequirements } from './rules/requirements.js';
import { originalSpan, type NormalizedText } from './text/compatibility.js';
import { textUnits } from './text/units.js';

/** At most this many findings of one rule: enough to highlight every place, bounded for huge posts. */
const MAX_FINDINGS_PER_RULE = 25;

function run(use: CompiledDetectorUse, input: DetectorInput, cache: (readonly Hit[] | undefined)[]): readonly Hit[] {
  let hits = cache[use.slot];
  if (hits === undefined) {
    hits = use.detector.detect(input, use.params);
    cache[use.slot] = hits;
  }
  return hits;
}

const NO_HITS: readonly Hit[] = [];

/** The hits of a rule's detectors together; most rules have one detector, whose hits are used as they are. */
function hitsOf(uses: readonly CompiledDetectorUse[], input: DetectorInput, cache: (readonly Hit[] | undefined)[]): readonly Hit[] {
  if (uses.length === 1) return run(uses[0] as CompiledDetectorUse, input, cache);
  let all: Hit[] | undefined;
  for (const use of uses) {
    const hits = run(use, input, cache);
    if (hits.length > 0) (all ??= []).push(...hits);
  }
  return all ?? NO_HITS;
}

/** Whether any of the detectors fires (a rule's `unless`). */
function anyHits(uses: readonly CompiledDetectorUse[], input: DetectorInput, cache: (readonly Hit[] | undefined)[]): boolean {
  for (const use of uses) if (run(use, input, cache).length > 0) return true;
  return false;
}

function pick(text: LocalizedText, language: Language, fallback: Language): string {
  return text[language] ?? text[fallback] ?? Object.values(text)[0] ?? '';
}

function messageLanguage(pack: CompiledPack, activity: Activity): Language {
  const tag = activity.language?.slice(0, 2).toLowerCase();
  return pack.data.languages.find((l) => l === tag) ?? pack.data.language;
}

/**
 * Consents and approvals are per person: the people named in the evidence decide together. None
 * when some evidence names no one (the consent of those named cannot cover it).
 */
function subjectsOf(hits: readonly Hit[]): readonly string[] {
  const subjects = [...new Set(hits.map((h) => h.subjectId).filter((id): id is string => id !== undefined))];
  return subjects.length > 0 && hits.every((h) => h.subjectId) ? subjects : [];
}

function holdsSpan(spans: ReadonlyArray<readonly [number, number]>, span: readonly [number, number]): boolean {
  for (const s of spans) if (s[0] === span[0] && s[1] === span[1]) return true;
  return false;
}

function findingsOf(rule: CompiledRule, hits: readonly Hit[], pack: CompiledPack, activity: Activity, context: CompiledContext, now: number | undefined, styled: NormalizedText | undefined): Finding[] {
  const language = messageLanguage(pack, activity);
  const base = {
    category: rule.category,
    rule: rule.qualifiedId,
    clause: { pack: pack.id, section: rule.clause.section, text: rule.clause.text },
    message: pick(rule.message, language, pack.data.language),
    remedy: pick(rule.remedy, language, pack.data.language),
  };
  const outcome = rule.requires
    ? checkRequirements(rule.requires, rule.severity, rule.approver, { ids: subjectsOf(hits) }, activity, context, now)
    : { severity: rule.severity, approver: rule.approver };
  if (outcome.severity === undefined) return [];
  const severity = outcome.severity;
  const approver = severity === 'needs_approval' ? outcome.approver : null;
  // Each place once, in the order first met (few: a scan of the list beats keying a map by strings).
  const spans: Array<readonly [number, number]> = [];
  for (const hit of hits) {
    if (!hit.span || (hit.field ?? 'text') !== 'text' || spans.length >= MAX_FINDINGS_PER_RULE) continue;
    const span = styled ? originalSpan(styled, hit.span) : hit.span;
    if (!holdsSpan(spans, span)) spans.push(span);
  }
  if (spans.length === 0) return [{ ...base, severity, approver }];
  return spans.sort((a, b) => a[0] - b[0]).map((span) => ({ ...base, severity, approver, span: [span[0], span[1]] as const }));
}

type Organization = DetectorInput['organization'];

/** The last pack and context evaluated and their names together: a batch evaluates many activities with the same two. */
let lastOrganization: { readonly pack: CompiledPack; readonly context: CompiledContext; readonly value: Organization } | undefined;

/**
 * The organization's names and e-mail domains, the pack's and the context's together. The same
 * arrays for every activity of a batch, so detectors that key on them (the name matcher) find them at once.
 */
function organizationOf(pack: CompiledPack, context: CompiledContext): Organization {
  if (lastOrganization?.pack === pack && lastOrganization.context === context) return lastOrganization.value;
  const value: Organization = Object.freeze({
    names: Object.freeze([...pack.data.organization.names, ...context.organizationNames]),
    emailDomains: Object.freeze([...pack.data.organization.emailDomains, ...context.emailDomains]),
  });
  lastOrganization = { pack, context, value };
  return value;
}

/**
 * Screens one activity against a pack, given what the organization knows (the compiled context).
 * Pure, synchronous and deterministic: the same inputs always give the same result.
 *
 * @example
 * const pack = loadPack('iwso');                       // from src/packs (I/O, done once)
 * const context = compileContext(parseContext(json));  // once per batch
 * evaluate(pack, { action: 'post', channel: 'personal', text: 'Ladies, use code CALM15!' }, context);
 * // → { verdict: 'block', findings: [{ category: 'endorsement', … }] }
 */
export function evaluate(pack: CompiledPack, activity: Activity, context: CompiledContext): ScreeningResult {
  const now = (activity.at === undefined ? undefined : parseInstant(activity.at)) ?? context.now;
  const organization = organizationOf(pack, context);
  const facts = new ActivityFacts(activity, context, organization.names);
  const texts = textUnits(activity);
  /** Spans are reported in the text as written, even where styled letters were read as plain ones. */
  const styledText = texts[0]?.field === 'text' ? texts[0].styled : undefined;
  const input: DetectorInput = { activity, context, texts, organization, now, memo: new Map() };
  // Dense from the start: filled out of order, a holey array falls into slow dictionary mode.
  const cache = new Array<readonly Hit[] | undefined>(pack.slots).fill(undefined);
  const findings: Finding[] = [];
  for (const rule of pack.rules) {
    if (!ruleApplies(rule.when, facts)) continue;
    if (rule.except && ruleApplies(rule.except, facts)) continue;
    const hits = hitsOf(rule.detectors, input, cache);
    if (hits.length === 0) continue;
    if (rule.unlessDetectors.length > 0 && anyHits(rule.unlessDetectors, input, cache)) continue;
    for (const finding of findingsOf(rule, hits, pack, activity, context, now, styledText)) findings.push(finding);
  }
  let verdict: Verdict = 'allow';
  for (const finding of findings) if (verdictRank(finding.severity) > verdictRank(verdict)) verdict = finding.severity;
  return { verdict, findings };
}
