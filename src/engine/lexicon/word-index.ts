import { memoByText } from '../text/text-memo.js';
import { isWordChar, LONG_KEY } from './term-keys.js';

/**
 * Which lexicons have a term that can begin with each key, as a trie over UTF-16 units so that a
 * text's words are looked up without cutting them out of the text.
 */
interface KeyNode {
  readonly children: Map<number, KeyNode>;
  /** Lexicons with a term whose key is exactly the path to this node. */
  lexicons: number[] | undefined;
}

const newNode = (): KeyNode => ({ children: new Map(), lexicons: undefined });
const keys = newNode();
let registryVersion = 0;
let lexiconCount = 0;

export function registerKeys(lexiconId: number, termKeys: Iterable<string>): void {
  lexiconCount = Math.max(lexiconCount, lexiconId + 1);
  for (const key of termKeys) {
    let node = keys;
    for (let i = 0; i < key.length; i++) {
      const unit = key.charCodeAt(i);
      let child = node.children.get(unit);
      if (child === undefined) node.children.set(unit, child = newNode());
      node = child;
    }
    if (node.lexicons === undefined) node.lexicons = [lexiconId];
    else if (!node.lexicons.includes(lexiconId)) node.lexicons.push(lexiconId);
  }
  registryVersion++;
}

const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = isWordChar(String.fromCharCode(c)) ? 1 : 0;

function wordAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_WORD[c] === 1;
  if (c >= 0xdc00 && c <= 0xdfff) return i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff && isWordChar(String.fromCodePoint(text.codePointAt(i - 1) as number));
  return isWordChar(String.fromCodePoint(text.codePointAt(i) as number));
}

function isSpaceUnit(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(String.fromCharCode(c)));
}

/**
 * Adds to `found` the lexicons whose terms may begin at `i`: walks the key trie along the text,
 * white space read as one space, collecting the keys that end on the way.
 */
function lexiconsAt(text: string, i: number, isWord: boolean, byLexicon: (number[] | undefined)[]): void {
  let node: KeyNode | undefined = keys;
  if (!isWord) {
    const width = text.codePointAt(i) as number > 0xffff ? 2 : 1;
    for (let j = i; j < i + width && node; j++) node = node.children.get(text.charCodeAt(j));
    if (node?.lexicons) note(byLexicon, node.lexicons, i);
    return;
  }
  let j = i;
  for (let depth = 0; depth < LONG_KEY && j < text.length; depth++) {
    let unit = text.charCodeAt(j);
    if (isSpaceUnit(unit)) {
      unit = 32;
      while (j < text.length && isSpaceUnit(text.charCodeAt(j))) j++;
    } else if (wordAt(text, j)) j++;
    else return;
    node = node.children.get(unit);
    if (node === undefined) return;
    if (node.lexicons) note(byLexicon, node.lexicons, i);
  }
}

function note(byLexicon: (number[] | undefined)[], lexicons: readonly number[], at: number): void {
  for (const id of lexicons) {
    const starts = byLexicon[id];
    if (starts === undefined) byLexicon[id] = [at];
    else if (starts[starts.length - 1] !== at) starts.push(at);
  }
}

interface TextIndex {
  readonly version: number;
  /** For each lexicon id, the word starts of the text where one of its terms may begin. */
  readonly byLexicon: readonly (number[] | undefined)[];
}

function buildIndex(text: string): TextIndex {
  // Dense from the start: an array filled out of order with holes turns into a slow dictionary.
  const byLexicon = new Array<number[] | undefined>(lexiconCount).fill(undefined);
  let previousIsWord = false;
  for (let i = 0; i < text.length; i++) {
    const isWord = wordAt(text, i);
    if (!previousIsWord && (isWord || !isSpaceUnit(text.charCodeAt(i)))) {
      lexiconsAt(text, i, isWord, byLexicon);
    }
    previousIsWord = isWord;
  }
  return { version: registryVersion, byLexicon };
}

const NONE: readonly number[] = [];

/** Texts already indexed, rebuilt when a lexicon registered since has keys of its own. */
const indexOf = memoByText(buildIndex, (index) => index.version === registryVersion);

/** The word starts of `text` where a term of the lexicon could begin, in order. */
export function candidateStarts(text: string, lexiconId: number): readonly number[] {
  return indexOf(text).byLexicon[lexiconId] ?? NONE;
}
