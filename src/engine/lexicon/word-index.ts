import { memoByText } from '../text/text-memo.js';
import { isWordChar, LONG_KEY } from './term-keys.js';

/**
 * Which terms can begin with each key, as a trie over UTF-16 units so that a text's words are
 * looked up without cutting them out of the text. A node holds, per lexicon, the group of that
 * lexicon's terms keyed exactly by the path to the node, so a text position leads straight to
 * the few terms worth trying there.
 */
interface KeyNode {
  readonly children: Map<number, KeyNode>;
  /** Flat pairs: lexicon id, then the id of a group of that lexicon's terms (see `groups`). */
  readonly entries: number[];
}

const newNode = (): KeyNode => ({ children: new Map(), entries: [] });
const root = newNode();
/** Term ids, ascending, of one lexicon under one key: the order in which the lexicon tries them. */
const groups: number[][] = [];
let registryVersion = 0;
let lexiconCount = 0;

/** Files a term of a lexicon under each of its keys. Terms must be registered in the order their lexicon tries them. */
export function registerTerm(lexiconId: number, termId: number, keys: Iterable<string>): void {
  lexiconCount = Math.max(lexiconCount, lexiconId + 1);
  for (const key of keys) {
    let node = root;
    for (let i = 0; i < key.length; i++) {
      const unit = key.charCodeAt(i);
      let child = node.children.get(unit);
      if (child === undefined) node.children.set(unit, child = newNode());
      node = child;
    }
    let at = -1;
    for (let e = 0; e < node.entries.length; e += 2) if (node.entries[e] === lexiconId) at = e;
    if (at < 0) {
      node.entries.push(lexiconId, groups.length);
      groups.push([termId]);
    } else {
      const group = groups[node.entries[at + 1] as number] as number[];
      if (!group.includes(termId)) group.push(termId);
    }
  }
  registryVersion++;
}

/** The terms of one group, in the order they are tried. */
export function termGroup(id: number): readonly number[] {
  return groups[id] ?? [];
}

const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = isWordChar(String.fromCharCode(c)) ? 1 : 0;
const ASCII_SPACE = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_SPACE[c] = c === 32 || (c >= 9 && c <= 13) ? 1 : 0;

/** What is known of each UTF-16 unit outside surrogates, looked up once: 0 not yet, else `KNOWN` with the bits below. */
const unitClass = new Uint8Array(0x10000);
const KNOWN = 1;
const WORD = 2;
const SPACE = 4;

function classOf(c: number): number {
  let known = unitClass[c] as number;
  if (known === 0) {
    const char = String.fromCharCode(c);
    known = KNOWN | (isWordChar(char) ? WORD : 0) | (/\s/.test(char) ? SPACE : 0);
    unitClass[c] = known;
  }
  return known;
}

function wordAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_WORD[c] === 1;
  if (c >= 0xd800 && c <= 0xdfff) {
    if (c >= 0xdc00) return i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff && isWordChar(String.fromCodePoint(text.codePointAt(i - 1) as number));
    return isWordChar(String.fromCodePoint(text.codePointAt(i) as number));
  }
  return (classOf(c) & WORD) !== 0;
}

function isSpaceUnit(c: number): boolean {
  return c < 128 ? ASCII_SPACE[c] === 1 : (classOf(c) & SPACE) !== 0;
}

/**
 * The trie flattened for the walk. Nodes are numbered breadth first, so the children of a node
 * are consecutive numbers, sorted by unit: a step reads a short run of one typed array. The first
 * two steps of an ASCII word, where most walks end and the root has many children, are direct
 * look-ups in tables (128 slots for the root, 128 for each of its children).
 */
interface FlatTrie {
  readonly version: number;
  /** Child of the root along an ASCII unit, 0 when none. */
  readonly rootAscii: Int32Array;
  /**
   * Grandchild of the root along an ASCII unit, by the child of the root it is under
   * (`child << 7 | unit`), 0 when none: a row per first unit that has keys (some 50), small
   * enough to stay in cache, where a table of every pair of ASCII units took 64 KB.
   */
  readonly pairs: Int32Array;
  /**
   * Per node n, side by side so that one step reads one place: `starts[2n]` is its first child
   * (its children are the nodes `starts[2n]` to `starts[2n + 2] - 1`), `starts[2n + 1]` its first
   * entry (its entries are `entryData[starts[2n + 1]]` to `entryData[starts[2n + 3] - 1]`, pairs).
   */
  readonly starts: Int32Array;
  /** The unit on the edge into each node. */
  readonly unitOf: Uint16Array;
  readonly entryData: Int32Array;
}

let flat: FlatTrie | undefined;

function flatTrie(): FlatTrie {
  if (flat?.version === registryVersion) return flat;
  const nodes: KeyNode[] = [root];
  const unitList: number[] = [0];
  const childStart: number[] = [];
  for (let n = 0; n < nodes.length; n++) {
    childStart.push(nodes.length);
    const children = [...(nodes[n] as KeyNode).children].sort((a, b) => a[0] - b[0]);
    for (const [unit, node] of children) {
      nodes.push(node);
      unitList.push(unit);
    }
  }
  childStart.push(nodes.length);
  const starts = new Int32Array(2 * nodes.length + 2);
  const entryData: number[] = [];
  nodes.forEach((node, n) => {
    starts[2 * n] = childStart[n] as number;
    starts[2 * n + 1] = entryData.length;
    for (const value of node.entries) entryData.push(value);
  });
  starts[2 * nodes.length] = nodes.length;
  starts[2 * nodes.length + 1] = entryData.length;
  const unitOf = Uint16Array.from(unitList);
  const rootAscii = new Int32Array(128);
  for (let c = starts[0] as number; c < (starts[2] as number); c++) if ((unitOf[c] as number) < 128) rootAscii[unitOf[c] as number] = c;
  const pairs = new Int32Array((starts[2] as number) << 7);
  for (let c = starts[0] as number; c < (starts[2] as number); c++) {
    for (let g = starts[2 * c] as number; g < (starts[2 * c + 2] as number); g++) {
      const second = unitOf[g] as number;
      if (second < 128) pairs[(c << 7) | second] = g;
    }
  }
  flat = { version: registryVersion, rootAscii, pairs, starts, unitOf, entryData: Int32Array.from(entryData) };
  return flat;
}

/** The child of `node` along `unit`, or 0 when there is none (the root is nobody's child). */
function child(trie: FlatTrie, node: number, unit: number): number {
  const { starts, unitOf } = trie;
  let low = starts[2 * node] as number;
  let high = starts[2 * node + 2] as number;
  // Sorted units: halve long runs, then read the rest in order.
  while (high - low > 8) {
    const mid = (low + high) >> 1;
    if ((unitOf[mid] as number) < unit) low = mid + 1;
    else high = mid + 1;
  }
  for (; low < high; low++) {
    const u = unitOf[low] as number;
    if (u === unit) return low;
    if (u > unit) return 0;
  }
  return 0;
}

/**
 * Notes the term groups that may begin at `i`, which is not white space: walks the key trie along
 * the text, white space read as one space, collecting the keys that end on the way.
 */
function walkFrom(trie: FlatTrie, text: string, i: number): void {
  const { starts, entryData } = trie;
  const length = text.length;
  let unit = text.charCodeAt(i);
  let j = i + 1;
  let node = unit < 128 ? trie.rootAscii[unit] as number : child(trie, 0, unit);
  for (let depth = 1; ; depth++) {
    if (node === 0) return;
    const from = starts[2 * node + 1] as number;
    const to = starts[2 * node + 3] as number;
    if (from < to) note(entryData, from, to, i);
    if (starts[2 * node] === starts[2 * node + 2] || depth === LONG_KEY || j >= length) return; // a leaf, or the longest key
    unit = text.charCodeAt(j);
    if (unit < 128 ? ASCII_SPACE[unit] === 1 : isSpaceUnit(unit)) {
      unit = 32;
      j++;
      while (j < length && isSpaceUnit(text.charCodeAt(j))) j++;
    } else j++;
    node = depth === 1 && unit < 128 ? trie.pairs[(node << 7) | unit] as number : child(trie, node, unit);
  }
}

/** Notes of the text being indexed, as triples (lexicon, word start, term group), in text order. */
let scratch = new Int32Array(3 * 256);
let noted = 0;

/** Notes the pairs `data[from..to)` (lexicon, term group) at word start `at`. */
function note(data: Int32Array, from: number, to: number, at: number): void {
  const needed = noted + ((to - from) >> 1) * 3;
  if (needed > scratch.length) {
    const grown = new Int32Array(Math.max(scratch.length * 2, needed));
    grown.set(scratch.subarray(0, noted));
    scratch = grown;
  }
  for (let e = from; e < to; e += 2) {
    const lexicon = data[e] as number;
    fill[lexicon + 1] = (fill[lexicon + 1] as number) + 2;
    scratch[noted++] = lexicon;
    scratch[noted++] = at;
    scratch[noted++] = data[e + 1] as number;
  }
}

/** One text, indexed for every lexicon at once, with each lexicon's matches once they are asked for. */
export interface TextIndex {
  readonly version: number;
  /**
   * Pairs (a word start, a group of one lexicon's terms that may begin there), each lexicon's
   * pairs together and in text order, after a head of offsets: lexicon L's pairs run from
   * `notes[L]` to `notes[L + 1]` for L below `lexicons`. One typed array for every lexicon: a
   * text has few notes, and a list per lexicon would be as many small allocations.
   */
  readonly notes: Int32Array;
  /** How many lexicons had keyed terms when the text was indexed. */
  readonly lexicons: number;
  /** For each lexicon id, its matches in the text, filled in as lexicons are matched. */
  readonly matches: (ReadonlyArray<readonly [number, number]> | undefined)[];
  /** For each lexicon id, which of its terms have a key somewhere in the text (see `notedTerms`), filled in when asked. */
  readonly noted: (Uint8Array | undefined)[];
}

const NO_TERMS = new Uint8Array(0);

/**
 * Which of a lexicon's terms have one of their keys somewhere in the text: `result[term] === 1`.
 * Terms beyond the array's end have none.
 */
export function notedTerms(index: TextIndex, lexiconId: number): Uint8Array {
  let noted = index.noted[lexiconId];
  if (noted === undefined) {
    if (lexiconId >= index.lexicons) return NO_TERMS;
    const { notes } = index;
    const from = notes[lexiconId] as number;
    const to = notes[lexiconId + 1] as number;
    let size = 0;
    for (let k = from + 1; k < to; k += 2) for (const term of groups[notes[k] as number] as number[]) size = Math.max(size, term + 1);
    noted = new Uint8Array(size);
    for (let k = from + 1; k < to; k += 2) for (const term of groups[notes[k] as number] as number[]) noted[term] = 1;
    index.noted[lexiconId] = noted;
  }
  return noted;
}

function buildIndex(text: string): TextIndex {
  const trie = flatTrie();
  noted = 0;
  // Each lexicon's count of notes is kept as they are made (see `note`), for the sort below.
  const head = lexiconCount + 1;
  if (fill.length < head) fill = new Int32Array(head);
  fill.fill(0, 0, head);
  // A walk where a word or a symbol begins: not after a word character, not at white space. The
  // rest of a word, and the unit just after it, begin nothing: they are passed over in a tight loop.
  const length = text.length;
  let i = 0;
  while (i < length) {
    const c = text.charCodeAt(i);
    const isWord = c < 128 ? ASCII_WORD[c] === 1 : wordAt(text, i);
    if (!isWord && isSpaceUnit(c)) {
      i++;
      continue;
    }
    walkFrom(trie, text, i);
    i++;
    if (!isWord) continue;
    while (i < length) {
      const d = text.charCodeAt(i);
      if (d < 128 ? ASCII_WORD[d] === 0 : !wordAt(text, i)) break;
      i++;
    }
    i++; // the unit after a word follows a word
  }
  // Grouped by lexicon, text order kept (a counting sort of the triples), in one typed array:
  // the lexicons' offsets first, then the notes.
  fill[0] = head;
  for (let l = 0; l < lexiconCount; l++) fill[l + 1] = (fill[l + 1] as number) + (fill[l] as number);
  const notes = new Int32Array(fill[lexiconCount] as number);
  notes.set(fill.subarray(0, head));
  for (let k = 0; k < noted; k += 3) {
    const lexicon = scratch[k] as number;
    const at = fill[lexicon] as number;
    notes[at] = scratch[k + 1] as number;
    notes[at + 1] = scratch[k + 2] as number;
    fill[lexicon] = at + 2;
  }
  // Dense from the start: an array filled out of order with holes turns into a slow dictionary.
  return {
    version: registryVersion,
    notes,
    lexicons: lexiconCount,
    matches: new Array<undefined>(lexiconCount).fill(undefined),
    noted: new Array<undefined>(lexiconCount).fill(undefined),
  };
}

/** Per lexicon, where its notes go while a text's index is sorted. */
let fill = new Int32Array(64);

/** Texts already indexed, rebuilt when a lexicon registered since has keys of its own. */
export const indexText = memoByText(buildIndex, { isFresh: (index) => index.version === registryVersion });
