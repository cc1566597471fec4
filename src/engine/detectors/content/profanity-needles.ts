/**
 * Stretches of characters ("needles") that every match of a pattern holds, in the collapsed form
 * (where no two neighbouring code units are equal), and one pass over ASCII text that tells whether
 * any needle occurs in it. The profanity patterns that may match anywhere inside a word cost most
 * of the big regular expression; where none of their needles occurs, they cannot match, and only
 * the patterns that start a word need looking for.
 */

export const LITERAL = 2;
export const OPTIONAL = 0;
const ASCII_UNITS = 0x80;
/** In a needle, any one code unit (a wildcard); every other character of a needle is ASCII. */
export const ANY_UNIT = '\uffff';
/** Letters from the most to the least frequent in English: a needle of rare letters is met less often. */
const BY_FREQUENCY = 'etaoinshrdlcumwfgypbvkjxqz';
const rarity = (needle: string) => [...needle].reduce((sum, char) => sum + 10 + Math.max(0, BY_FREQUENCY.indexOf(char)), 0);

export interface NeedleNode { readonly kind: number; readonly chars?: readonly number[]; readonly childNode?: NeedleNode }

/** A piece of a pattern in the collapsed form: a character it needs, characters it may hold, any one character or none, or something unknown. */
type Piece = { readonly need: number } | { readonly may: string } | 'wildcard' | 'unknown';

/**
 * The pattern's pieces, as the regular expression over the collapsed form reads it. A literal
 * character equal to the one before it is optional there, but right after that same character as a
 * needed one it can never match (the form has no two equal neighbours), so it is left out.
 */
function piecesOf(nodes: readonly NeedleNode[]): Piece[] {
  const pieces: Piece[] = [];
  let mayPrecede = new Set<number>();
  const lastNeeded = () => {
    const last = pieces[pieces.length - 1];
    return typeof last === 'object' && 'need' in last ? last.need : undefined;
  };
  for (const node of nodes) {
    if (node.kind === LITERAL) {
      for (const char of node.chars ?? []) {
        if (!mayPrecede.has(char)) pieces.push({ need: char });
        else if (lastNeeded() !== char) pieces.push({ may: String.fromCharCode(char) });
        mayPrecede = new Set([char]);
      }
    } else if (node.kind === OPTIONAL && node.childNode?.kind === LITERAL) {
      const chars = node.childNode.chars ?? [];
      const plain = chars.length === 1 || chars.every((char, i) => (i === 0 ? !mayPrecede.has(char) : char !== chars[i - 1]));
      if (chars.length === 1 && chars[0] === lastNeeded()) continue; // "ab(b)": never matches after "ab"
      // "(?:x?)?" is "x?"; a longer group whose own characters may be left out is not followed
      pieces.push(plain ? { may: String.fromCharCode(...chars) } : 'unknown');
      mayPrecede = new Set([...mayPrecede, ...chars.slice(-1)]);
    } else {
      pieces.push('wildcard');
      mayPrecede = new Set();
    }
  }
  return pieces;
}

/** The strings a stretch of pieces may stand for (a wildcard as ANY_UNIT); undefined past `limit`. */
function expansions(pieces: readonly Piece[], limit: number): string[] | undefined {
  let out = [''];
  for (const piece of pieces) {
    if (piece === 'unknown') return undefined;
    const options = piece === 'wildcard' ? ['', ANY_UNIT]
      : 'need' in piece ? [String.fromCharCode(piece.need)] : ['', piece.may];
    out = out.flatMap((prefix) => options.map((option) => prefix + option));
    if (out.length > limit) return undefined;
  }
  return out;
}

/**
 * Needles of one pattern: the strings a stretch of it, from a needed character to a needed
 * character, may stand for, choosing the stretch whose commonest string is rarest in ordinary words
 * ("f.?ck" gives "fck" and "f" ANY_UNIT "ck", not "ck"). Undefined when it needs nothing in ASCII.
 */
export function needlesOf(nodes: readonly NeedleNode[]): string[] | undefined {
  const pieces = piecesOf(nodes);
  const needed = (piece: Piece | undefined) => typeof piece === 'object' && 'need' in piece && piece.need < ASCII_UNITS;
  let best: string[] | undefined;
  let bestScore = 0;
  for (let from = 0; from < pieces.length; from++) {
    if (!needed(pieces[from])) continue;
    for (let to = from; to < pieces.length; to++) {
      if (!needed(pieces[to])) continue;
      const strings = expansions(pieces.slice(from, to + 1), 600);
      if (strings === undefined || strings.some((string) => [...string].some((char) => char !== ANY_UNIT && char.charCodeAt(0) >= ASCII_UNITS))) break;
      const score = Math.min(...strings.map(rarity));
      if (score > bestScore) {
        best = strings;
        bestScore = score;
      }
    }
  }
  return best;
}

/**
 * An Aho-Corasick automaton over the needles, stepped unit by unit (`stepNeedles`) by a loop that
 * writes the units: a needle has ended where `ends[state]` is 1; the start state is 0. Units that
 * no needle names are one class (0), so the table has a row of a few dozen steps per state and
 * stays small enough to sit in cache.
 */
export interface NeedleAutomaton {
  readonly table: Int32Array;
  readonly classes: number;
  readonly classOf: Uint8Array;
  readonly ends: Uint8Array;
}

/** The state the automaton reaches from `state` on code unit `unit`. */
export function stepNeedles(automaton: NeedleAutomaton, state: number, unit: number): number {
  return automaton.table[state * automaton.classes + (unit < ASCII_UNITS ? (automaton.classOf[unit] as number) : 0)] as number;
}

export function needleAutomaton(needles: readonly string[]): NeedleAutomaton {
  const classOf = new Uint8Array(ASCII_UNITS); // 0: a unit no needle names
  let classes = 1;
  for (const needle of needles) for (const char of needle) if (char !== ANY_UNIT && classOf[char.charCodeAt(0)] === 0) classOf[char.charCodeAt(0)] = classes++;
  const next: number[][] = [new Array<number>(classes).fill(-1)];
  const found = [false];
  const add = (state: number, cls: number): number => {
    let to = next[state]![cls] as number;
    if (to < 0) {
      to = next.length;
      next.push(new Array<number>(classes).fill(-1));
      found.push(false);
      next[state]![cls] = to;
    }
    return to;
  };
  for (const needle of needles) {
    let states = [0];
    for (const char of needle) {
      const steps = char === ANY_UNIT ? Array.from({ length: classes }, (_, cls) => cls) : [classOf[char.charCodeAt(0)] as number];
      states = states.flatMap((state) => steps.map((cls) => add(state, cls)));
    }
    for (const state of states) found[state] = true;
  }
  // Breadth first: each state's missing steps are its failure state's, and it ends a needle when that does.
  const table = new Int32Array(next.length * classes);
  const fail = new Int32Array(next.length);
  const queue: number[] = [];
  for (let cls = 0; cls < classes; cls++) {
    const to = next[0]![cls] as number;
    table[cls] = to < 0 ? 0 : to;
    if (to > 0) queue.push(to);
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head] as number;
    found[state] = (found[state] as boolean) || (found[fail[state] as number] as boolean);
    for (let cls = 0; cls < classes; cls++) {
      const to = next[state]![cls] as number;
      const fallback = table[(fail[state] as number) * classes + cls] as number;
      if (to < 0) table[state * classes + cls] = fallback;
      else {
        table[state * classes + cls] = to;
        fail[to] = fallback;
        queue.push(to);
      }
    }
  }
  return { table, classes, classOf, ends: Uint8Array.from(found, (f) => (f ? 1 : 0)) };
}

