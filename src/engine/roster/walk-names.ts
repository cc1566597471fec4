import { followsHonorific, isNameContext, startsWithCapital } from './casing.js';
import { ALWAYS_CAPITALIZED, PLACE_WORDS_AFTER, PLACE_WORDS_BEFORE } from './common-words.js';
import { judgeInitialsAround } from './initials.js';
import type { Scan } from './scan.js';
import type { Role, TrieNode } from './sequence-trie.js';
import type { MentionHow } from './types.js';

const HOW_OF_ROLE: Readonly<Record<Role, MentionHow>> = {
  name: 'name', alias: 'alias', first: 'first-name', surname: 'surname',
};
const DISTINCTIVE_TYPO_LENGTH = 7;
const ROLE_STRENGTH: readonly Role[] = ['name', 'alias', 'first', 'surname'];

/**
 * Every roster name that starts at token `i`: walks the trie one token at a time, allowing
 * one token with one typo on the way. Costs at most the depth of the longest name.
 */
export function walkNamesFrom(scan: Scan, i: number): void {
  const count = scan.tokens.count;
  // Most words start no name and cannot be a typo of one: leave without allocating.
  if (!scan.index.trie.children.has(scan.key(i)) && !mayHaveTypo(scan, scan.index.trie, i)) return;
  const stack: [TrieNode, number, number][] = [[scan.index.trie, i, -1]];
  while (stack.length > 0) {
    const [node, j, typoAt] = stack.pop() as [TrieNode, number, number];
    if (j >= count || (j > i && !scan.joins(j - 1))) continue;
    const exact = node.children.get(scan.key(j));
    if (exact !== undefined) {
      judge(scan, exact, i, j, typoAt);
      if (exact.children.size > 0) stack.push([exact, j + 1, typoAt]);
    }
    if (typoAt >= 0 || !mayHaveTypo(scan, node, j)) continue;
    for (const near of scan.typoCandidates(j)) {
      const child = node.children.get(near);
      if (child === undefined) continue;
      judge(scan, child, i, j, j);
      if (child.children.size > 0) stack.push([child, j + 1, j]);
    }
  }
}

/**
 * Typo look-ups cost a few hash probes, so a name's first word is only tried when it could
 * start a name: capitalized, or followed by a word of some roster name.
 */
function mayHaveTypo(scan: Scan, node: TrieNode, j: number): boolean {
  if (node !== scan.index.trie) return true;
  if (startsWithCapital(scan.text, scan.start(j))) return true;
  return j + 1 < scan.tokens.count && scan.index.nameTokens.has(scan.key(j + 1)) && scan.joins(j);
}

function judge(scan: Scan, node: TrieNode, i: number, last: number, typoAt: number): void {
  if (node.claims.length === 0) return;
  if (typoAt >= 0) {
    judgeTypo(scan, node, i, last, typoAt);
    return;
  }
  const start = scan.start(i);
  const end = scan.end(last);
  let named = false;
  // A full name or a multi-word alias is a mention of everyone who bears it, unless every
  // word of it is an everyday word written in lower case ("will hope").
  if (node.depth > 1 && (!node.wordLike || scan.allTitleCase(i, last))) {
    for (const claim of node.claims) {
      if (claim.role !== 'name' && claim.role !== 'alias') continue;
      scan.add(claim.entry, start, end, claim.role);
      named = true;
    }
  }
  if (!named && node.soleOwner >= 0) judgeSoleOwner(scan, node, i, last);
  judgeInitialsAround(scan, node, i, last);
}

/** A lone given name, surname or one-word name: only when it is one roster person's. */
function judgeSoleOwner(scan: Scan, node: TrieNode, i: number, last: number): void {
  const roles = new Set(node.claims.map((claim) => claim.role));
  const role = ROLE_STRENGTH.find((r) => roles.has(r)) ?? 'surname';
  // A given name may be written in lower case; a surname or a nickname ("Peanut") needs its capital.
  const needsCapital = !roles.has('first') && !roles.has('name');
  if (needsCapital && !startsWithCapital(scan.text, scan.start(i))) return;
  if (node.wordLike && !(scan.allTitleCase(i, last) && isNameContext(scan.text, scan.tokens, i))) return;
  if (node.depth === 1 && ALWAYS_CAPITALIZED.has(node.key) && !followsHonorific(scan.text, scan.tokens, i)) return;
  if (isPlaceName(scan, i, last)) return;
  scan.add(node.soleOwner, scan.start(i), scan.end(last), HOW_OF_ROLE[role]);
}

/** "Marsh Lane", "Stanley Rd", "rue Tremblay": a street or a building, not the person. */
function isPlaceName(scan: Scan, i: number, last: number): boolean {
  const next = last + 1;
  if (next < scan.tokens.count && PLACE_WORDS_AFTER.has(scan.key(next))
    && startsWithCapital(scan.text, scan.start(next)) && /^ {1,2}$/.test(scan.gapAfter(last))) return true;
  const previous = i - 1;
  return previous >= 0 && PLACE_WORDS_BEFORE.has(scan.key(previous)) && /^[ .-]{1,2}$/.test(scan.gapAfter(previous));
}

/** A full name with one typo, or a capitalized surname with one typo in a name's place. */
function judgeTypo(scan: Scan, node: TrieNode, i: number, last: number, typoAt: number): void {
  const start = scan.start(i);
  const end = scan.end(last);
  if (node.depth > 1) {
    if (node.wordLike && !scan.allTitleCase(i, last)) return;
    const seen = new Set<number>();
    for (const claim of node.claims) {
      if ((claim.role === 'name' || claim.role === 'alias') && !seen.has(claim.entry)) {
        seen.add(claim.entry);
        scan.add(claim.entry, start, end, 'fuzzy');
      }
    }
    if (seen.size > 0) return;
  }
  if (node.soleOwner < 0 || node.wordLike) return;
  const surnameLike = node.claims.some((claim) => claim.role === 'surname' || (claim.role === 'name' && node.depth === 1));
  if (!surnameLike) return;
  if (!startsWithCapital(scan.text, scan.start(typoAt))) return;
  // At the start of a sentence any word has a capital: only longer, rarer-looking words pass.
  const distinctive = scan.key(typoAt).length >= DISTINCTIVE_TYPO_LENGTH;
  if (!distinctive && !isNameContext(scan.text, scan.tokens, i)) return;
  scan.add(node.soleOwner, start, end, 'fuzzy');
}
