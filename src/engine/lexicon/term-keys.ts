import { RegExpParser } from '@eslint-community/regexpp';
import type { Alternative, Element, Node } from '@eslint-community/regexpp/ast';

/**
 * The keys a term can start with: the first characters of a match (a run of white space read as
 * one space), at most `length` of them, symbols included: "t'es j" of `t'es juste`, "a*hole" of
 * `a\*+holes?`, "#ad" — a key that stopped at the apostrophe would be "t", and every word
 * beginning with a t would be worth a try. Every match of the term begins at a word start (or a
 * symbol) of the text where the text reads one of these keys, so a lexicon need only be tried
 * there. `null` when a term can begin too freely to list (`[a-z]+ly`, `\w+`): such terms are
 * scanned the ordinary way.
 */
export const LONG_KEY = 6;
export const SHORT_KEY = 3;
const MAX_KEYS = 1500; // enough for `\d{1,3}` with short keys: 1,110 keys
const MAX_RANGE = 64;

const WORD = /^[\p{L}\p{N}_]$/u;
const SPACE = /^\s$/u;
export const isWordChar = (char: string): boolean => WORD.test(char);

class Unlistable extends Error {}

interface Prefixes {
  /** Prefixes still growing: shorter than the key length and not ended by a symbol. */
  readonly open: Set<string>;
  readonly keys: Set<string>;
}

function guard(p: Prefixes): Prefixes {
  if (p.open.size + p.keys.size > MAX_KEYS) throw new Unlistable();
  return p;
}

let keyLength = LONG_KEY;

function append(open: Set<string>, chars: readonly string[]): Prefixes {
  const next = new Set<string>();
  const keys = new Set<string>();
  for (const prefix of open) {
    for (const char of chars) {
      const space = SPACE.test(char);
      if (space && prefix === '') throw new Unlistable();
      if (space && prefix.endsWith(' ')) {
        next.add(prefix);
        continue;
      }
      const grown = prefix + (space ? ' ' : char);
      if (grown.length >= keyLength) keys.add(grown.slice(0, keyLength));
      else next.add(grown);
    }
  }
  return guard({ open: next, keys });
}

/** Characters a class may match, when few enough to list and none of them unknown. */
function classChars(node: Node): string[] {
  switch (node.type) {
    case 'Character':
      return [String.fromCodePoint(node.value)];
    case 'CharacterClassRange': {
      if (node.max.value - node.min.value > MAX_RANGE) throw new Unlistable();
      const chars: string[] = [];
      for (let c = node.min.value; c <= node.max.value; c++) chars.push(String.fromCodePoint(c));
      return chars;
    }
    case 'CharacterSet':
      if (node.kind === 'digit' && !node.negate) return '0123456789'.split('');
      if (node.kind === 'space' && !node.negate) return [' '];
      throw new Unlistable();
    case 'CharacterClass':
      if (node.negate) throw new Unlistable();
      return node.elements.flatMap(classChars);
    default:
      throw new Unlistable();
  }
}

function union(a: Prefixes, b: Prefixes): Prefixes {
  return guard({ open: new Set([...a.open, ...b.open]), keys: new Set([...a.keys, ...b.keys]) });
}

function stepAlternatives(alternatives: readonly Alternative[], open: Set<string>): Prefixes {
  return alternatives.map((alt) => stepSequence(alt.elements, open)).reduce(union, { open: new Set(), keys: new Set() });
}

function stepElement(element: Element, open: Set<string>): Prefixes {
  switch (element.type) {
    case 'Character':
    case 'CharacterClass':
    case 'CharacterSet':
      return append(open, classChars(element));
    case 'Group':
    case 'CapturingGroup':
      return stepAlternatives(element.alternatives, open);
    case 'Quantifier': {
      let result: Prefixes = { open: element.min === 0 ? new Set(open) : new Set(), keys: new Set() };
      let current: Prefixes = { open, keys: new Set() };
      for (let n = 1; n <= Math.min(element.max, keyLength + 1) && current.open.size > 0; n++) {
        const next = stepElement(element.element, current.open);
        current = { open: next.open, keys: new Set([...current.keys, ...next.keys]) };
        result = { open: result.open, keys: new Set([...result.keys, ...next.keys]) };
        if (n >= element.min) result = union(result, { open: next.open, keys: new Set() });
      }
      return guard(result);
    }
    case 'Assertion':
      // Zero-width: ignoring it can only allow more starts, never fewer.
      return { open, keys: new Set() };
    default:
      throw new Unlistable();
  }
}

function stepSequence(elements: readonly Element[], start: Set<string>): Prefixes {
  let open = start;
  const keys = new Set<string>();
  for (const element of elements) {
    if (open.size === 0) break;
    let step: Prefixes;
    try {
      step = stepElement(element, open);
    } catch (error) {
      // What follows cannot be listed (`\w*`, a wide range): what was read so far is the key.
      if (!(error instanceof Unlistable) || open.has('')) throw error;
      step = { open: new Set(), keys: open };
    }
    for (const key of step.keys) keys.add(key);
    open = step.open;
  }
  return guard({ open, keys });
}

/** A match that ends before its key is complete: what it read so far is the key. */
function closed(prefixes: Prefixes): ReadonlySet<string> {
  for (const prefix of prefixes.open) {
    if (prefix === '') throw new Unlistable();
    prefixes.keys.add(prefix);
  }
  return prefixes.keys;
}

const parser = new RegExpParser({ ecmaVersion: 2024 });

function keysOfLength(source: string, length: number): ReadonlySet<string> | null {
  keyLength = length;
  try {
    const pattern = parser.parsePattern(source, 0, source.length, { unicode: true });
    return closed(stepAlternatives(pattern.alternatives, new Set([''])));
  } catch (error) {
    if (error instanceof Unlistable) return null;
    throw error;
  }
}

/**
 * The keys a term (a pattern over folded text) can start with, or `null` when too many to list.
 * Long keys ("the be" of "the best") let fewer places of a text through than short ones ("the");
 * terms with too many long keys get short ones.
 */
export function termKeys(source: string): ReadonlySet<string> | null {
  return keysOfLength(source, LONG_KEY) ?? keysOfLength(source, SHORT_KEY);
}
