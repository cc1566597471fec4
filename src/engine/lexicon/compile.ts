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
import { termKeys } from './term-keys.js';
import { candidateStarts, registerKeys } from './word-index.js';

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

const compiled = new Map<string, Lexicon>();
let nextId = 0;

/** Unicode-aware word edges: a term never matches inside a longer word. */
const BEFORE = '(?<![\\p{L}\\p{N}_])';
const AFTER = '(?![\\p{L}\\p{N}_])';

const sourceOf = (term: string) => term.trim().replace(/ +/g, '\\s+');

export function compileLexicon(name: string, terms: readonly string[]): Lexicon {
  const key = `${name}\u0000${terms.join('\u0001')}`;
  let lexicon = compiled.get(key);
  if (lexicon === undefined) {
    const sources = [...terms].sort((a, b) => b.length - a.length).map(sourceOf);
    const body = sources.join('|');
    const id = nextId++;
    const unkeyed: string[] = [];
    for (const source of sources) {
      const keys = termKeys(source);
      if (keys === null) unkeyed.push(source);
      else registerKeys(id, keys);
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

/** Where a term of the lexicon may begin in the text, in order: the keyed starts and the scanned ones. */
function starts(lexicon: Lexicon, folded: string): readonly number[] {
  const keyed = candidateStarts(folded, lexicon.id);
  if (lexicon.unkeyed === null) return keyed;
  const scanned: number[] = [];
  const re = lexicon.unkeyed;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(folded)) !== null) {
    scanned.push(m.index);
    re.lastIndex = m.index + 1;
  }
  if (keyed.length === 0) return scanned;
  return [...new Set([...keyed, ...scanned])].sort((a, b) => a - b);
}

/** Every match of the lexicon in a folded text, as `[start, end)` spans. */
export function matchLexicon(lexicon: Lexicon, folded: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const re = lexicon.sticky;
  let end = 0;
  for (const start of starts(lexicon, folded)) {
    if (start < end) continue;
    re.lastIndex = start;
    const m = re.exec(folded);
    if (m === null || m[0].length === 0) continue;
    end = start + m[0].length;
    spans.push([start, end]);
  }
  return spans;
}

export function hasLexicon(lexicon: Lexicon, folded: string): boolean {
  const re = lexicon.sticky;
  for (const start of starts(lexicon, folded)) {
    re.lastIndex = start;
    if (re.test(folded)) return true;
  }
  return false;
}
