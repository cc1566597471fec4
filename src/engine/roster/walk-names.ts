import { isNameContext, startsWithCapital } from './casing.js';
import { judgeInitialsAround } from './initials.js';
import { judgeSoleOwner } from './lone-names.js';
import type { Scan } from './scan.js';
import type { TrieNode } from './sequence-trie.js';

/** A surname with a typo at the start of a sentence: only words this long look like names. */
const DISTINCTIVE_TYPO_LENGTH = 7;

/**
 * Every roster name that starts at token `i`: walks the trie one token at a time, allowing
 * one token with one typo on the way. Costs at most the depth of the longest name.
 */
export function walkNamesFrom(scan: Scan, i: number): void {
  const count = scan.tokens.count;
  // Most words start no name and cannot be a typo of one: leave without allocating.
  if (!scan.mayStartName(i)) return;
  // A word of no roster name starts a name only as a typo of one (the trie's first words are name words).
  if (!scan.isName(i) && scan.typoCandidates(i).length === 0) return;
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
  if (scan.startsWithCapital(j)) return true;
  return j + 1 < scan.tokens.count && scan.isName(j + 1) && scan.joins(j);
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
