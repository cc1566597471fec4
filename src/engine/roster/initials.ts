import { INITIALS_ABBREVIATIONS } from './common-words.js';
import { startsWithCapital } from './casing.js';
import type { Scan } from './scan.js';
import { hasRole, type TrieNode } from './sequence-trie.js';

/**
 * Initials: "J.T.", "Jayden T.", "A. Gagnon". Each counts only when it fits exactly one
 * roster person; with a large roster most bare pairs of initials fit several and never fire.
 */

const DOTTED_GAP = /^\. ?$/;

function soleEntry(entries: readonly number[] | undefined): number {
  return entries !== undefined && entries.length === 1 ? (entries[0] ?? -1) : -1;
}

/** "T" in "Jayden T." ends the name: a full stop, a comma, the end of the text. */
function endsAsInitial(scan: Scan, j: number): boolean {
  const after = scan.text[scan.end(j)];
  if (after === '.') return true;
  if (scan.key(j) === 'i' || scan.key(j) === 'a') return false; // the words "I" and "a"
  return after === undefined || /[,;:!?)\n\r]/.test(after);
}

/** Extends an initial's span over its full stop. */
function endWithDot(scan: Scan, j: number): number {
  return scan.text[scan.end(j)] === '.' ? scan.end(j) + 1 : scan.end(j);
}

/** "Jayden T." after a given name, and "A. Gagnon" before a surname. */
export function judgeInitialsAround(scan: Scan, node: TrieNode, i: number, last: number): void {
  const next = last + 1;
  if (hasRole(node, 'first') && next < scan.tokens.count && scan.isInitial(next)
    && /^ {1,2}$/.test(scan.gapAfter(last)) && endsAsInitial(scan, next)
    && (!node.wordLike || scan.allTitleCase(i, last))) {
    const entry = soleEntry(scan.index.firstThenInitial.get(`${node.key}|${scan.key(next)}`));
    if (entry >= 0) scan.add(entry, scan.start(i), endWithDot(scan, next), 'initials');
  }
  const previous = i - 1;
  // "M." before a surname is "Monsieur" far more often than an initial.
  if (hasRole(node, 'surname') && previous >= 0 && scan.isInitial(previous) && scan.key(previous) !== 'm'
    && DOTTED_GAP.test(scan.gapAfter(previous)) && startsWithCapital(scan.text, scan.start(i))
    && (!node.wordLike || scan.allTitleCase(i, last))) {
    const entry = soleEntry(scan.index.initialThenSurname.get(`${scan.key(previous)}|${node.key}`));
    if (entry >= 0) scan.add(entry, scan.start(previous), scan.end(last), 'initials');
  }
}

/** "J.T." or "J. T." starting at token `i`, not part of a longer run such as "J.F.K.". */
export function judgeInitialPair(scan: Scan, i: number): void {
  const second = i + 1;
  if (second >= scan.tokens.count || !scan.isDottedInitial(i) || !scan.isDottedInitial(second)) return;
  if (!DOTTED_GAP.test(scan.gapAfter(i))) return;
  if (i > 0 && scan.isDottedInitial(i - 1) && DOTTED_GAP.test(scan.gapAfter(i - 1))) return;
  const third = i + 2;
  if (third < scan.tokens.count && scan.isInitial(third) && DOTTED_GAP.test(scan.gapAfter(second))) return;
  const pair = scan.key(i) + scan.key(second);
  if (INITIALS_ABBREVIATIONS.has(pair)) return;
  const entry = soleEntry(scan.index.initialPairs.get(pair));
  if (entry >= 0) scan.add(entry, scan.start(i), scan.end(second) + 1, 'initials');
}
