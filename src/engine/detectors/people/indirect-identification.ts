import { z } from 'zod';
import { compileLexicon, hasLexicon, matchLexicon } from '../../lexicon/compile.js';
import { CARE_CONTEXT, CHILD, CLIENT_REFERENCE, OUR_CHILD } from '../../lexicon/terms/people.js';
import { BROAD_PLACES, PLACE_AFTER_PREPOSITION, QUASI_IDENTIFIERS } from '../../lexicon/terms/identification.js';
import { contentUnits, rosterMentionsIn } from '../units.js';
import type { Detector, DetectorInput, Hit, TextUnit } from '../types.js';
import { unlistedClientNames } from './client-name.js';

const clientReference = compileLexicon('client-reference', CLIENT_REFERENCE);
const careContext = compileLexicon('care-context', CARE_CONTEXT);
const child = compileLexicon('child', CHILD);
const ourChild = compileLexicon('our-child', OUR_CHILD);
const clues = Object.entries(QUASI_IDENTIFIERS).map(([type, terms]) => ({ type, lexicon: compileLexicon(`clue-${type}`, terms) }));

const params = z.strictObject({
  /** Which people count: any client, only a child in care (youth protection), or everyone but such a child. */
  subject: z.enum(['any', 'child-in-care', 'not-child-in-care']).default('any'),
  minClues: z.number().int().min(1).max(6).default(2),
});

const NO_SPANS: readonly (readonly [number, number])[] = [];

/** The kinds of clue (age, origin, family, place, …) a text gives about someone. */
export function clueTypes(unit: TextUnit, organizationNames: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const { type, lexicon } of clues) if (hasLexicon(lexicon, unit.folded)) found.add(type);
  // A place clue the lexicons found already makes the look for a named place moot.
  if (found.has('place')) return found;
  PLACE_AFTER_PREPOSITION.lastIndex = 0;
  for (const m of unit.text.matchAll(PLACE_AFTER_PREPOSITION)) {
    const place = (m[1] ?? '').toLowerCase();
    if (!BROAD_PLACES.has(place) && !organizationNames.some((n) => n.toLowerCase() === place)) { found.add('place'); break; }
  }
  return found;
}

/** The author presents as a foster family ("famille d'accueil" in the profile): the care context of everything they say about a child. */
export function isFosterAuthor(input: DetectorInput): boolean {
  const profile = input.texts.find((u) => u.field === 'profileText');
  return profile !== undefined && hasLexicon(careContext, profile.folded);
}

export function isChildInCare(unit: TextUnit, fosterAuthor = false): boolean {
  return (fosterAuthor || hasLexicon(careContext, unit.folded)) && hasLexicon(child, unit.folded);
}

/** A client reference with a name the roster does not hold, or with enough clues to tell who it is (contract: "by combination"). */
export function indirectHits(input: DetectorInput, p: z.infer<typeof params>): Hit[] {
  const hits: Hit[] = [];
  const foster = isFosterAuthor(input);
  for (const unit of contentUnits(input)) {
    // A foster family's "our little one" is a child placed with them; the family's own account then
    // points at the child, so one more clue is enough.
    const ownChild = foster || hasLexicon(careContext, unit.folded) ? matchLexicon(ourChild, unit.folded) : NO_SPANS;
    const clientReferences = matchLexicon(clientReference, unit.folded);
    // A name the roster holds is the roster's to judge, with that person's consents.
    const unlisted = unlistedClientNames(unit);
    const listed = unlisted.length > 0 ? rosterMentionsIn(input, unit) : undefined;
    const named = listed === undefined || listed.length === 0 ? unlisted : unlisted.filter(([start, end]) => !listed.some((m) => m.span[0] < end && start < m.span[1]));
    if (clientReferences.length === 0 && ownChild.length === 0 && named.length === 0) continue;
    if (p.subject !== 'any' && (p.subject === 'child-in-care') !== isChildInCare(unit, foster)) continue;
    if (named.length > 0) {
      for (const span of named) hits.push({ field: unit.field, span, kind: 'unlisted-name' });
      continue;
    }
    if (clueTypes(unit, input.organization.names).size < Math.max(1, ownChild.length > 0 ? p.minClues - 1 : p.minClues)) continue;
    const references = [...clientReferences, ...ownChild].sort((a, b) => a[0] - b[0]);
    hits.push({ field: unit.field, span: references[0], kind: 'combination' });
  }
  return hits;
}

export const indirectIdentification: Detector<z.infer<typeof params>> = {
  id: 'indirect-identification',
  paramsSchema: params,
  detect: indirectHits,
};
