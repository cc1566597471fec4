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

function wordAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_WORD[c] === 1;
  if (c >= 0xdc00 && c <= 0xdfff) return i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff && isWordChar(String.fromCodePoint(text.codePointAt(i - 1) as number));
  return isWordChar(String.fromCodePoint(text.codePointAt(i) as number));
}

function isSpaceUnit(c: number): boolean {
  return c < 128 ? ASCII_SPACE[c] === 1 : /\s/.test(String.fromCharCode(c));
}

/**
 * The trie flattened for the walk: node 0 is the root; each edge (node, UTF-16 unit) → child is
 * kept in one open-addressing hash table of typed arrays. The trie has tens of thousands of
 * nodes, most with a single child: a table of 128 slots per node would take 15 MB.
 */
interface FlatTrie {
  readonly version: number;
  readonly mask: number;
  /** Per slot: the parent node + 1 (0 for an empty slot), the unit, and the child. */
  readonly parents: Int32Array;
  readonly units: Uint16Array;
  readonly children: Int32Array;
  readonly entries: (readonly number[] | undefined)[];
}

let flat: FlatTrie | undefined;

const slotOf = (node: number, unit: number, mask: number): number => (Math.imul(node, 0x9e3779b1) ^ Math.imul(unit, 0x85ebca6b)) & mask;

function flatTrie(): FlatTrie {
  if (flat?.version === registryVersion) return flat;
  const nodes: KeyNode[] = [root];
  for (let n = 0; n < nodes.length; n++) for (const child of (nodes[n] as KeyNode).children.values()) nodes.push(child);
  const number = new Map(nodes.map((node, n) => [node, n]));
  let size = 1024;
  while (size < nodes.length * 2) size *= 2;
  const mask = size - 1;
  const parents = new Int32Array(size);
  const units = new Uint16Array(size);
  const children = new Int32Array(size);
  nodes.forEach((node, n) => {
    for (const [unit, child] of node.children) {
      let slot = slotOf(n, unit, mask);
      while (parents[slot] !== 0) slot = (slot + 1) & mask;
      parents[slot] = n + 1;
      units[slot] = unit;
      children[slot] = number.get(child) as number;
    }
  });
  flat = { version: registryVersion, mask, parents, units, children, entries: nodes.map((node) => (node.entries.length > 0 ? node.entries : undefined)) };
  return flat;
}

/** The child of `node` along `unit`, or 0 when there is none (the root is nobody's child). */
function child(trie: FlatTrie, node: number, unit: number): number {
  const { mask, parents, units } = trie;
  for (let slot = slotOf(node, unit, mask); ; slot = (slot + 1) & mask) {
    const parent = parents[slot] as number;
    if (parent === 0) return 0;
    if (parent === node + 1 && units[slot] === unit) return trie.children[slot] as number;
  }
}

/**
 * Notes the term groups that may begin at `i`: walks the key trie along the text, white space
 * read as one space, collecting the keys that end on the way.
 */
function groupsAt(trie: FlatTrie, text: string, i: number): void {
  let node = 0;
  let j = i;
  for (let depth = 0; depth < LONG_KEY && j < text.length; depth++) {
    let unit = text.charCodeAt(j);
    if (isSpaceUnit(unit)) {
      unit = 32;
      while (j < text.length && isSpaceUnit(text.charCodeAt(j))) j++;
    } else j++;
    node = child(trie, node, unit);
    if (node === 0) return;
    const entries = trie.entries[node];
    if (entries !== undefined) note(entries, i);
  }
}

/** Notes of the text being indexed, as triples (lexicon, word start, term group), in text order. */
let scratch = new Int32Array(3 * 256);
let noted = 0;

function note(entries: readonly number[], at: number): void {
  if (noted + entries.length * 2 > scratch.length) {
    const grown = new Int32Array(Math.max(scratch.length * 2, noted + entries.length * 2));
    grown.set(scratch.subarray(0, noted));
    scratch = grown;
  }
  for (let e = 0; e < entries.length; e += 2) {
    scratch[noted++] = entries[e] as number;
    scratch[noted++] = at;
    scratch[noted++] = entries[e + 1] as number;
  }
}

/** One text, indexed for every lexicon at once, with each lexicon's matches once they are asked for. */
export interface TextIndex {
  readonly version: number;
  /**
   * Triples in text order: a lexicon id, a word start, and a group of that lexicon's terms that
   * may begin there. One typed array for every lexicon: a text has few notes, and a list per
   * lexicon would be as many small allocations.
   */
  readonly notes: Int32Array;
  /** For each lexicon id, its matches in the text, filled in as lexicons are matched. */
  readonly matches: (ReadonlyArray<readonly [number, number]> | undefined)[];
}

function buildIndex(text: string): TextIndex {
  const trie = flatTrie();
  noted = 0;
  let previousIsWord = false;
  for (let i = 0; i < text.length; i++) {
    const isWord = wordAt(text, i);
    if (!previousIsWord && (isWord || !isSpaceUnit(text.charCodeAt(i)))) groupsAt(trie, text, i);
    previousIsWord = isWord;
  }
  // Dense from the start: an array filled out of order with holes turns into a slow dictionary.
  return { version: registryVersion, notes: scratch.slice(0, noted), matches: new Array<undefined>(lexiconCount).fill(undefined) };
}

/** Texts already indexed, rebuilt when a lexicon registered since has keys of its own. */
export const indexText = memoByText(buildIndex, { isFresh: (index) => index.version === registryVersion });
