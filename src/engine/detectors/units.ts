import { z } from 'zod';
import type { Hit, DetectorInput, TextField, TextUnit } from './types.js';
import { hasLexicon, matchLexicon, type Lexicon } from '../lexicon/compile.js';
import { namedLexicon, type LexiconName } from '../lexicon/named.js';
import type { RosterMention } from '../roster/types.js';
import { findOrganizationMentions } from '../text/organization.js';
import { memoByText } from '../text/text-memo.js';

/**
 * Actions that endorse someone else's content: they raise what the content itself would (LABELING).
 * Following a page or a group supports it as publicly as liking it (IWSO 6.5: "publicly support (or like)").
 */
const ENDORSING = new Set(['like', 'share', 'follow']);

export const fieldsParam = z.array(z.enum(['text', 'targetText', 'caption', 'profileText'])).min(1).optional();

/**
 * The texts a content detector reads: the person's own words and captions, and the liked or
 * shared content for a like or a share. `fields` overrides the choice.
 */
export function contentUnits(input: DetectorInput, fields?: readonly TextField[]): readonly TextUnit[] {
  const endorsing = fields === undefined && ENDORSING.has(input.activity.action);
  const texts = input.texts;
  // Most activities have only texts a detector reads: the activity's own list then serves as it is.
  let kept: TextUnit[] | undefined;
  for (let i = 0; i < texts.length; i++) {
    const unit = texts[i] as TextUnit;
    const reads = fields ? fields.includes(unit.field) : unit.field === 'text' || unit.field === 'caption' || (endorsing && unit.field === 'targetText');
    if (reads) kept?.push(unit);
    else kept ??= texts.slice(0, i);
  }
  return kept ?? texts;
}

/**
 * A detector's `alongside` condition: whether the activity's own words (its `text`) hold a term of
 * the named lexicon; true when no lexicon is named.
 */
export function ownWordsHold(input: DetectorInput, name: LexiconName | undefined): boolean {
  if (name === undefined) return true;
  const lexicon = namedLexicon(name);
  return input.texts.some((u) => u.field === 'text' && hasLexicon(lexicon, u.folded));
}

/** Whether the post or question the activity answers, likes or shares (its `targetText`) names the organization. */
export function targetNamesOrganization(input: DetectorInput): boolean {
  return input.texts.some((u) => u.field === 'targetText' && (findOrganizationMentions(u.folded, input.organization.names).length > 0 || hashtagOpensWithName(u, input.organization.names)));
}

/**
 * A camel-cased hashtag that opens with one of the names: "#IWSOGala", "#ValorisRun2026". The next
 * letter must be a capital or a digit, so "#valorisation" is a word of its own, not the name.
 */
function hashtagOpensWithName(unit: TextUnit, names: readonly string[]): boolean {
  if (!unit.text.includes('#')) return false;
  for (const name of names) {
    const plain = name.replace(/\s+/g, '');
    if (plain.length < 3) continue;
    const folded = plain.toLowerCase();
    let at = unit.text.indexOf('#');
    while (at >= 0) {
      const next = unit.text.charAt(at + 1 + plain.length);
      if (unit.text.slice(at + 1, at + 1 + plain.length).toLowerCase() === folded && /[\p{Lu}\p{N}]/u.test(next)) return true;
      at = unit.text.indexOf('#', at + 1);
    }
  }
  return false;
}

export function lexiconHits(lexicon: Lexicon, units: readonly TextUnit[], kind?: string): Hit[] {
  return addLexiconHits(lexicon, units, kind, []);
}

/** The lexicon's hits in the units, added to `hits` (several lexicons building one list). */
export function addLexiconHits(lexicon: Lexicon, units: readonly TextUnit[], kind: string | undefined, hits: Hit[]): Hit[] {
  for (const unit of units) {
    for (const span of matchLexicon(lexicon, unit.folded)) hits.push({ field: unit.field, span, kind });
  }
  return hits;
}

/** Computes a fact once per evaluation, however many detectors and rules ask for it. */
export function memoized<T>(input: DetectorInput, key: string, compute: () => T): T {
  if (input.memo.has(key)) return input.memo.get(key) as T;
  const value = compute();
  input.memo.set(key, value);
  return value;
}

let perUnitFacts = 0;

/**
 * A fact about one text unit, computed once however many detectors ask. Kept in the evaluation's
 * memo, so it lives as long as the evaluation and no longer.
 */
export function perUnit<T>(compute: (unit: TextUnit, input: DetectorInput) => T): (input: DetectorInput, unit: TextUnit) => T {
  const slot = perUnitFacts++;
  return (input, unit) => {
    let facts = input.memo.get(unit) as unknown[] | undefined;
    if (facts === undefined) input.memo.set(unit, facts = []);
    if (slot in facts) return facts[slot] as T;
    const value = compute(unit, input);
    facts[slot] = value;
    return value;
  };
}

/** Roster mentions in one of the activity's texts, found once per evaluation. */
export const rosterMentionsIn = perUnit((unit, input): readonly RosterMention[] => input.context.roster.find(unit.text, unit.folded));

/** The first index in `0..count` whose value is not below `target`, over values in ascending order. */
export function firstIndexAtLeast(count: number, valueAt: (index: number) => number, target: number): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (valueAt(mid) < target) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Positions of sentence ends (. ! ? and line breaks) in a text. */
const endsOf = memoByText((text): Int32Array => {
  const found: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x0a) found.push(i);
  }
  return Int32Array.from(found);
});

/** The sentence around `index`: detectors that pair two clues look for both in one sentence. */
export function sentenceAround(text: string, index: number): [number, number] {
  const ends = endsOf(text);
  // The first sentence end at or after `index`; the sentence starts after the one before it.
  const low = firstIndexAtLeast(ends.length, (k) => ends[k] as number, index);
  return [low > 0 ? (ends[low - 1] as number) + 1 : 0, low < ends.length ? ends[low] as number : text.length];
}
