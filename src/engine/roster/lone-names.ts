import { followsHonorific, isMidSentence, isNameContext, isTitleCase, startsWithCapital } from './casing.js';
import { ALWAYS_CAPITALIZED, HONORIFICS, PLACE_WORDS_AFTER, PLACE_WORDS_BEFORE } from './common-words.js';
import type { Scan } from './scan.js';
import { isWordLikeToken, type Role, type TrieNode } from './sequence-trie.js';
import type { MentionHow } from './types.js';

/**
 * A given name, surname or nickname standing alone is a weaker sign than a full name: it
 * counts only when one roster person has it, written as a name, and not part of a place
 * or of somebody else's full name.
 */

const HOW_OF_ROLE: Readonly<Record<Role, MentionHow>> = {
  name: 'name', alias: 'alias', first: 'first-name', surname: 'surname',
};
const ROLE_STRENGTH: readonly Role[] = ['name', 'alias', 'first', 'surname'];

/** A lone given name, surname or one-word name: only when it is one roster person's. */
export function judgeSoleOwner(scan: Scan, node: TrieNode, i: number, last: number): void {
  const roles = new Set(node.claims.map((claim) => claim.role));
  const role = ROLE_STRENGTH.find((r) => roles.has(r)) ?? 'surname';
  // A given name may be written in lower case; a surname or a nickname ("Peanut") needs its capital.
  const needsCapital = !roles.has('first') && !roles.has('name');
  if (needsCapital && !startsWithCapital(scan.text, scan.start(i))) return;
  if (node.wordLike && !(scan.allTitleCase(i, last) && isNameContext(scan.text, scan.tokens, i))) return;
  if (node.wordLike && isHeadlineCase(scan, i)) return;
  if (node.depth === 1 && ALWAYS_CAPITALIZED.has(node.key) && !followsHonorific(scan.text, scan.tokens, i)) return;
  if (isPlaceName(scan, i, last) || isOtherPersonsName(scan, i, last, role)) return;
  scan.add(node.soleOwner, scan.start(i), scan.end(last), HOW_OF_ROLE[role]);
}

/** A capitalized word that reads as the other half of a name: not a common word nor a title. */
function isNameWord(scan: Scan, j: number): boolean {
  const key = scan.key(j);
  return key.length >= 2 && !isWordLikeToken(key) && !ALWAYS_CAPITALIZED.has(key) && !HONORIFICS.has(key)
    && isTitleCase(scan.text, scan.start(j), scan.end(j));
}

/**
 * "Chantal Lefebvre" when the roster's only Chantal is Chantal Pilon, "Lise Arsenault" when
 * its only Arsenault is Kevin: a full name of someone outside the roster.
 */
function isOtherPersonsName(scan: Scan, i: number, last: number, role: Role): boolean {
  if (role === 'first' || role === 'alias' || role === 'name') {
    const next = last + 1;
    if (next < scan.tokens.count && /^ {1,2}$/.test(scan.gapAfter(last)) && isNameWord(scan, next)) return true;
  }
  if (role === 'surname') {
    const previous = i - 1;
    return previous >= 0 && /^ {1,2}$/.test(scan.gapAfter(previous)) && isNameWord(scan, previous)
      && isNameContext(scan.text, scan.tokens, previous);
  }
  return false;
}

/** "Marsh Lane", "Stanley Rd", "rue Tremblay": a street or a building, not the person. */
function isPlaceName(scan: Scan, i: number, last: number): boolean {
  const next = last + 1;
  if (next < scan.tokens.count && PLACE_WORDS_AFTER.has(scan.key(next))
    && startsWithCapital(scan.text, scan.start(next)) && /^ {1,2}$/.test(scan.gapAfter(last))) return true;
  const previous = i - 1;
  return previous >= 0 && PLACE_WORDS_BEFORE.has(scan.key(previous)) && /^[ .-]{1,2}$/.test(scan.gapAfter(previous));
}

/** "Spread The Joy": when the word before is capitalized mid-sentence too, capitals are style. */
function isHeadlineCase(scan: Scan, i: number): boolean {
  const previous = i - 1;
  if (previous < 0 || followsHonorific(scan.text, scan.tokens, i)) return false;
  const start = scan.start(previous);
  return scan.key(previous).length > 1 && isTitleCase(scan.text, start, scan.end(previous)) && isMidSentence(scan.text, start);
}
