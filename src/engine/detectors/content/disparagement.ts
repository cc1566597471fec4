import { z } from 'zod';
import { compileLexicon, matchLexicon } from '../../lexicon/compile.js';
import { AMBIGUOUS_TARGET, CARE_PROFESSIONS, EXTERNAL_TARGET, NEGATIVE_JUDGEMENT, ORGANIZATION_TARGET } from '../../lexicon/terms/organization.js';
import { CLIENT_REFERENCE } from '../../lexicon/terms/people.js';
import { escapeRegExp } from '../../text/escape-regexp.js';
import { foldText } from '../../text/fold.js';
import { findOrganizationMentions } from '../../text/organization.js';
import { firstIndexAtLeast, perUnit, rosterMentionsIn, sentenceAround } from '../units.js';
import { unitsWithApprovedReplies } from '../replies.js';
import type { Detector, DetectorInput, Hit, TextUnit } from '../types.js';
import { harassmentHits } from './harassment.js';

const negative = compileLexicon('negative-judgement', NEGATIVE_JUDGEMENT);
const organizationTarget = compileLexicon('organization-target', ORGANIZATION_TARGET);
const careProfessions = compileLexicon('care-professions', CARE_PROFESSIONS);
const externalTarget = compileLexicon('external-target', EXTERNAL_TARGET);
const ambiguousTarget = compileLexicon('ambiguous-target', AMBIGUOUS_TARGET);
/** The people the organization serves, unnamed ("the parents on my caseload"): remarks about them are about the organization's clients. */
const clientReference = compileLexicon('client-reference', CLIENT_REFERENCE);
const ORGANIZATION_PEOPLE = new Set(['client', 'former-client', 'client-family', 'staff', 'volunteer', 'partner']);

const params = z.strictObject({
  /** Whose people nurses, paramedics and social workers are: the organization's (it employs them) or others' (it oversees their services). */
  careProfessions: z.enum(['internal', 'outside']).default('internal'),
});
type Params = z.infer<typeof params>;

/** Words people put inside or around an organization's name: "la pharmacie Proxim de New Richmond", "the Co-op at Porth". */
const LINKING = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'of', 'the', 'at', 'in', 'on', 'en', 'sur', 'and', 'et', 'd', 'l']);
const SEPARATOR = "(?:\\s+(?:de|du|des|la|le|les|of|the|at|in|on|en|sur))*(?:\\s+(?:d'|l')|\\s+)";

/**
 * Partner organizations as people write them, which the roster's reading of names can miss: the
 * name's words in order with linking words put in ("Pharmacie Proxim New Richmond" as "la pharmacie
 * Proxim de New Richmond"), or its first two words alone ("la pharmacie Proxim"). Names of one
 * word are left to the roster.
 */
// Kept per roster, not per context: a server builds a new context for each check around a roster it keeps.
const partnerPatterns = new WeakMap<DetectorInput['context']['rosterById'], RegExp | null>();

function partnerPattern(context: DetectorInput['context']): RegExp | null {
  let pattern = partnerPatterns.get(context.rosterById);
  if (pattern !== undefined) return pattern;
  const names: string[] = [];
  for (const entry of context.rosterById.values()) {
    if (entry.kind !== 'partner') continue;
    const words = foldText(entry.name).split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '' && !LINKING.has(w)).map(escapeRegExp);
    if (words.length < 2) continue;
    const rest = words.slice(2).reduceRight((inner, word) => `(?:${SEPARATOR}${word}${inner})?`, '');
    names.push(`${words[0]}${SEPARATOR}${words[1]}${rest}`);
  }
  pattern = names.length === 0 ? null : new RegExp(`(?<![\\p{L}\\p{N}_])(?:${names.join('|')})(?![\\p{L}\\p{N}_])`, 'gu');
  partnerPatterns.set(context.rosterById, pattern);
  return pattern;
}

function partnerMentions(unit: TextUnit, input: DetectorInput): [number, number][] {
  const pattern = partnerPattern(input.context);
  if (pattern === null) return [];
  return [...unit.folded.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]);
}

/** `ambiguous`: a target of the organization only when nothing outside it is named in the sentence ("my team" of a hockey fan). */
type Target = { start: number; end: number; internal: boolean; ambiguous?: boolean };

function targets(unit: TextUnit, input: DetectorInput): Target[] {
  const internal = [
    ...findOrganizationMentions(unit.folded, input.organization.names),
    ...matchLexicon(organizationTarget, unit.folded),
    ...matchLexicon(clientReference, unit.folded),
    ...partnerMentions(unit, input),
    ...rosterMentionsIn(input, unit)
      .filter((m) => ORGANIZATION_PEOPLE.has(input.context.rosterById.get(m.entryId)?.kind ?? 'public') && m.entryId !== input.activity.author?.id)
      // A partner's first word alone, in lower case, is a common noun: "la pharmacie de garde" is not "Pharmacie Proxim"; "Kirkby" still is Kirkby Community Transport.
      .filter((m) => !(m.how === 'first-name' && input.context.rosterById.get(m.entryId)?.kind === 'partner' && !/^\p{Lu}/u.test(unit.text.slice(m.span[0], m.span[1]))))
      .map((m) => [m.span[0], m.span[1]] as [number, number]),
  ].map(([start, end]) => ({ start, end, internal: true }));
  const ambiguous = matchLexicon(ambiguousTarget, unit.folded).map(([start, end]) => ({ start, end, internal: true, ambiguous: true }));
  const external = matchLexicon(externalTarget, unit.folded).map(([start, end]) => ({ start, end, internal: false }));
  return [...internal, ...ambiguous, ...external];
}

/** Targets per text unit in order of start, found once per evaluation (abuse hits and judgements both ask). */
const targetsIn = perUnit((unit, input) => targets(unit, input).sort((a, b) => a.start - b.start));

/** The unit's targets with the caring professions counted as the pack says. */
function targetsFor(input: DetectorInput, unit: TextUnit, p: Params): readonly Target[] {
  const professions = matchLexicon(careProfessions, unit.folded);
  if (professions.length === 0) return targetsIn(input, unit);
  const internal = p.careProfessions === 'internal';
  return [...targetsIn(input, unit), ...professions.map(([start, end]) => ({ start, end, internal }))].sort((a, b) => a.start - b.start);
}

/** Whether the judgement at `at` is about the organization: the nearest target in its sentence decides. */
function aimsAtOrganization(at: readonly [number, number], all: readonly Target[], text: string): boolean {
  const [from, to] = sentenceAround(text, at[0]);
  let best: Target | undefined;
  let bestDistance = Infinity;
  let outsideNamed = false;
  for (let k = firstIndexAtLeast(all.length, (i) => (all[i] as Target).start, from); k < all.length && (all[k] as Target).start <= to; k++) {
    const t = all[k] as Target;
    if (t.end > to) continue;
    if (!t.internal) outsideNamed = true;
    const distance = t.end <= at[0] ? at[0] - t.end : Math.max(0, t.start - at[1]);
    // On a tie, someone of the organization is the nearer target.
    if (distance < bestDistance || (distance === bestDistance && t.internal && best?.internal !== true)) { best = t; bestDistance = distance; }
  }
  // No target in the sentence: the remark is about the organization if the post names it anywhere,
  // unless it is only an emoji (an eye-roll at one's own night in an ambulance), which needs its target beside it.
  if (best === undefined) return /\p{L}/u.test(text.slice(at[0], at[1])) && all.some((t) => t.internal && t.ambiguous !== true);
  return best.internal && !(best.ambiguous === true && outsideNamed);
}

/** A reply or comment under a post whose author, named at its head ("Priya Nair: Who's up for…") or signed at its foot ("— Priya"), is someone of the organization. */
function answersOrganizationPerson(input: DetectorInput): boolean {
  if (input.activity.action !== 'reply' && input.activity.action !== 'comment') return false;
  const unit = input.texts.find((u) => u.field === 'targetText');
  if (unit === undefined) return false;
  // Named at its head ("Priya Nair: …") or signed at its foot ("… — Priya").
  return rosterMentionsIn(input, unit).some((m) => ((m.span[0] === 0 && /^\s*:/.test(unit.text.slice(m.span[1])))
    || (/[—–-]\s*$/.test(unit.text.slice(0, m.span[0])) && /^[\s.!]*$/.test(unit.text.slice(m.span[1]))))
    && m.entryId !== input.activity.author?.id && ORGANIZATION_PEOPLE.has(input.context.rosterById.get(m.entryId)?.kind ?? 'public'));
}

/** Abuse aimed at someone of the organization is disparagement too (LABELING). */
function abuseOfOrganizationPeople(input: DetectorInput, p: Params): readonly Hit[] {
  const abuse = harassmentHits(input);
  if (abuse.length === 0) return [];
  const targetKind = input.context.rosterById.get(input.activity.target?.rosterId ?? '')?.kind;
  if (targetKind !== undefined && ORGANIZATION_PEOPLE.has(targetKind)) return abuse;
  if (answersOrganizationPerson(input)) return abuse.filter((hit) => hit.field === 'text');
  return abuse.filter((hit) => {
    const unit = input.texts.find((u) => u.field === hit.field);
    return unit !== undefined && targetsFor(input, unit, p).some((t) => t.internal);
  });
}

/** Derogatory or negative remarks about the organization, its management, colleagues, clients or partners. */
export const disparagement: Detector<Params> = {
  id: 'disparagement',
  paramsSchema: params,
  detect(input, p) {
    const hits: Hit[] = [];
    for (const unit of unitsWithApprovedReplies(input)) {
      const judgements = matchLexicon(negative, unit.folded);
      if (judgements.length === 0) continue;
      const all = targetsFor(input, unit, p);
      for (const span of judgements) if (aimsAtOrganization(span, all, unit.folded)) hits.push({ field: unit.field, span, kind: 'judgement' });
    }
    return [...hits, ...abuseOfOrganizationPeople(input, p)];
  },
};
