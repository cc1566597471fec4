/**
 * Lexicons are lists of term patterns written against folded text (lower case, no accents):
 * plain words, or small regular-expression fragments such as `relaps(e|ed|ing)`.
 * A lexicon compiles once into one word-bounded pattern.
 *
 * Matching is indexed: each term is keyed by how its first word can begin (`term-keys.ts`), and a
 * text is indexed once by the keys of its words (`word-index.ts`), so a lexicon is tried only at
 * the few places where one of its terms could begin, not at every character. Terms that can begin
 * too freely to key are found by a scan of their own. The matches are exactly those of scanning
 * the whole text with the lexicon's pattern.
 */
import { termGate } from './term-gates.js';
import { termKeys } from './term-keys.js';
import { indexText, notedTerms, registerTerm, termGroup, type TextIndex } from './word-index.js';

export interface Lexicon {
  readonly name: string;
  /** The whole lexicon as one global pattern, for callers that scan a text themselves. */
  readonly pattern: RegExp;
  /** The same pattern, sticky: tried at one position at a time. */
  readonly sticky: RegExp;
  readonly id: number;
  /** Finds the starts of the terms that have no keys, or `null` when every term has keys. */
  readonly unkeyed: RegExp | null;
}

export type Spans = ReadonlyArray<readonly [number, number]>;

const compiled = new Map<string, Lexicon>();
/** The gates of every lexicon's terms are filed in the word index as the terms of one lexicon of their own. */
const GATES = 0;
let nextId = GATES + 1;
/** The gate of each keyed term (an id among the gates' terms), by term id, or -1 when it has none. */
const gateOfTerm: number[] = [];
let gateCount = 0;
/**
 * Every keyed term of every lexicon, by term id: the term alone, sticky, with the word edge after
 * it. No edge before: the index only offers places where a word begins.
 */
const termPatterns: RegExp[] = [];
/** The source of each keyed term, by term id. */
const termSources: string[] = [];

/** Unicode-aware word edges: a term never matches inside a longer word. */
const BEFORE = '(?<![\\p{L}\\p{N}_])';
const AFTER = '(?![\\p{L}\\p{N}_])';

const sourceOf = (term: string) => term.trim().replace(/ +/g, '\\s+');

export function compileLexicon(name: string, terms: readonly string[]): Lexicon {
  const key = `${name}\u0000${terms.join('\u0001')}`;
  let lexicon = compiled.get(key);
  if (lexicon === undefined) {
    // Longest first: where two terms begin at one place, the longer one is the match.
    const sources = [...terms].sort((a, b) => b.length - a.length).map(sourceOf);
    const body = sources.join('|');
    const id = nextId++;
    const unkeyed: string[] = [];
    for (const source of sources) {
      const keys = termKeys(source);
      if (keys === null) {
        unkeyed.push(source);
        continue;
      }
      const gate = termGate(source);
      if (gate !== null) registerTerm(GATES, gateCount, gate);
      gateOfTerm.push(gate === null ? -1 : gateCount++);
      registerTerm(id, termPatterns.length, keys);
      termPatterns.push(new RegExp(`(?:${source})${AFTER}`, 'uy'));
      termSources.push(source);
    }
    lexicon = {
      name,
      id,
      pattern: new RegExp(`${BEFORE}(?:${body})${AFTER}`, 'gu'),
      sticky: new RegExp(`${BEFORE}(?:${body})${AFTER}`, 'uy'),
      unkeyed: unkeyed.length === 0 ? null : new RegExp(`${BEFORE}(?=(?:${unkeyed.join('|')})${AFTER})`, 'gu'),
    };
    if (compiled.size > 10_000) compiled.clear();
    compiled.set(key, lexicon);
  }
  return lexicon;
}

const NONE: readonly number[] = [];
const NO_SPANS: Spans = [];

/** Where the lexicon's unkeyed terms may begin: there every term is tried, by the whole pattern. */
function scannedStarts(lexicon: Lexicon, folded: string): readonly number[] {
  const re = lexicon.unkeyed;
  if (re === null) return NONE;
  let starts: number[] | undefined;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(folded)) !== null) {
    (starts ??= []).push(m.index);
    re.lastIndex = m.index + 1;
  }
  return starts ?? NONE;
}

/**
 * The terms worth trying at one place, in the order the lexicon tries them, and the same terms
 * as one sticky alternation: one regular-expression call instead of one per term.
 */
interface TermSet {
  readonly terms: readonly number[];
  /** `null` for a single term, or when terms refer back to their own groups (`\1`), which an alternation would renumber. */
  readonly together: RegExp | null;
  /** Whether some of the terms have a gate (`term-gates.ts`). */
  readonly gated: boolean;
  /** The sets of only those terms whose gates a text holds, by bit mask of their places in `terms`, made when first needed. */
  readonly narrowed: Map<number, TermSet | null>;
  /** The last text's index the set was narrowed for, and what it came to: a set is met again and again in one text. */
  openIn: TextIndex | undefined;
  openTerms: TermSet | null;
}

function termSet(terms: readonly number[]): TermSet {
  let together: RegExp | null = null;
  const sources = terms.map((term) => termSources[term] as string);
  if (terms.length > 1 && !sources.some((source) => /\\[1-9]|\\k</.test(source))) {
    try {
      together = new RegExp(`(?:${sources.join('|')})${AFTER}`, 'uy');
    } catch {
      together = null; // e.g. one group name in two terms
    }
  }
  return { terms, together, gated: terms.some((term) => gateOfTerm[term] !== -1), narrowed: new Map(), openIn: undefined, openTerms: null };
}

/** Beyond this many terms a set is tried whole: a bit mask holds 31. */
const MOST_NARROWED = 31;

/** The set's terms that can match in the text: those without a gate, or whose gate the text holds. `null` when none can. */
function openTerms(set: TermSet, index: TextIndex): TermSet | null {
  if (!set.gated || set.terms.length > MOST_NARROWED) return set;
  if (set.openIn !== index) {
    set.openTerms = narrowTo(set, index);
    set.openIn = index;
  }
  return set.openTerms;
}

function narrowTo(set: TermSet, index: TextIndex): TermSet | null {
  const gates = notedTerms(index, GATES);
  let mask = 0;
  for (let t = 0; t < set.terms.length; t++) {
    const gate = gateOfTerm[set.terms[t] as number] as number;
    if (gate === -1 || gates[gate] === 1) mask |= 1 << t;
  }
  if (mask === 0) return null;
  if (mask === (2 ** set.terms.length) - 1) return set;
  let narrowed = set.narrowed.get(mask);
  if (narrowed === undefined) {
    narrowed = termSet(set.terms.filter((_, t) => (mask & (1 << t)) !== 0));
    set.narrowed.set(mask, narrowed);
  }
  return narrowed;
}

/** Term sets by term group, made when first needed. */
const groupSets: (TermSet | undefined)[] = [];

function groupSet(group: number): TermSet {
  return groupSets[group] ??= termSet(termGroup(group));
}

/**
 * The length of the first of the set's terms (in the lexicon's order) that matches at `at`, or 0.
 * The alternation finds the same first term: it tries each term in turn, backtracking into one
 * before the next, exactly as the terms' own patterns do one after the other. Only an empty
 * match, which the terms' loop skips, sends it back to that loop.
 */
function firstTermAt(set: TermSet, folded: string, at: number): number {
  const together = set.together;
  if (together !== null) {
    together.lastIndex = at;
    if (!together.test(folded)) return 0;
    if (together.lastIndex > at) return together.lastIndex - at;
  }
  for (const term of set.terms) {
    const re = termPatterns[term] as RegExp;
    re.lastIndex = at;
    if (re.test(folded) && re.lastIndex > at) return re.lastIndex - at;
  }
  return 0;
}

function wholePatternAt(lexicon: Lexicon, folded: string, at: number): number {
  const re = lexicon.sticky;
  re.lastIndex = at;
  const m = re.exec(folded);
  return m === null ? 0 : m[0].length;
}

/**
 * Matches as a scan of the whole text with the lexicon's pattern would: left to right, no overlap,
 * at each place the first term (longest first) that matches. Keyed places try only the terms
 * keyed there; places found by the unkeyed scan try the whole pattern.
 */
function computeMatches(lexicon: Lexicon, folded: string, index: TextIndex): Spans {
  const scanned = scannedStarts(lexicon, folded);
  // Made at the first match: most lexicons match nothing in most texts, and share one empty list.
  let spans: Array<readonly [number, number]> | undefined;
  const notes = index.notes;
  // A lexicon compiled after the text was indexed has no keyed terms (else the index is rebuilt).
  const known = lexicon.id < index.lexicons;
  let k = known ? notes[lexicon.id] as number : 0;
  const last = known ? notes[lexicon.id + 1] as number : 0;
  let s = 0;
  let end = 0;
  while (k < last || s < scanned.length) {
    const keyedAt = k < last ? notes[k] as number : Infinity;
    const scannedAt = s < scanned.length ? scanned[s] as number : Infinity;
    const at = Math.min(keyedAt, scannedAt);
    // The lexicon's term groups noted at `at` ("the" and "the be" may both be keys there): notes[from + 1], notes[from + 3]…
    const from = k;
    while (k < last && notes[k] === at) k += 2;
    let length = 0;
    if (at >= end) {
      if (scannedAt === at) length = wholePatternAt(lexicon, folded, at);
      else {
        const set = openTerms(k - from === 2 ? groupSet(notes[from + 1] as number) : mergedSet(notes, from, k), index);
        if (set !== null) length = firstTermAt(set, folded, at);
      }
    }
    if (length > 0) {
      end = at + length;
      (spans ??= []).push([at, end]);
    }
    if (scannedAt === at) s++;
  }
  return spans ?? NO_SPANS;
}

/** Merged sets by the first of their groups: each with the groups it merges. */
const mergedSets = new Map<number, Array<{ readonly groups: readonly number[]; readonly set: TermSet }>>();
let mergedCount = 0;

/** Several keys of one lexicon end at one place (groups `notes[from + 1]`, `notes[from + 3]`… before `to`): their terms, in the lexicon's order. */
function mergedSet(notes: Int32Array, from: number, to: number): TermSet {
  const count = (to - from) >> 1;
  let known = mergedSets.get(notes[from + 1] as number);
  if (known !== undefined) {
    for (const merged of known) {
      if (merged.groups.length !== count) continue;
      let same = true;
      for (let g = 1; g < count && same; g++) same = merged.groups[g] === notes[from + 2 * g + 1];
      if (same) return merged.set;
    }
  }
  const groups: number[] = [];
  for (let k = from + 1; k < to; k += 2) groups.push(notes[k] as number);
  const terms = new Set<number>();
  for (const group of groups) for (const term of termGroup(group)) terms.add(term);
  const set = termSet([...terms].sort((a, b) => a - b));
  if (mergedCount > 10_000) {
    mergedSets.clear();
    mergedCount = 0;
    known = undefined;
  }
  if (known === undefined) mergedSets.set(groups[0] as number, known = []);
  known.push({ groups, set });
  mergedCount++;
  return set;
}

/** Every match of the lexicon in a folded text, as `[start, end)` spans. */
export function matchLexicon(lexicon: Lexicon, folded: string): Spans {
  const index = indexText(folded);
  let spans = index.matches[lexicon.id];
  if (spans === undefined) {
    spans = computeMatches(lexicon, folded, index);
    index.matches[lexicon.id] = spans;
  }
  return spans;
}

export function hasLexicon(lexicon: Lexicon, folded: string): boolean {
  return matchLexicon(lexicon, folded).length > 0;
}
