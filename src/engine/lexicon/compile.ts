/**
 * Lexicons are lists of term patterns written against folded text (lower case, no accents):
 * plain words, or small regular-expression fragments such as `relaps(e|ed|ing)`.
 * A lexicon compiles once into one word-bounded pattern.
 */
export interface Lexicon {
  readonly name: string;
  readonly pattern: RegExp;
}

const compiled = new Map<string, Lexicon>();

/** Unicode-aware word edges: a term never matches inside a longer word. */
const BEFORE = '(?<![\\p{L}\\p{N}_])';
const AFTER = '(?![\\p{L}\\p{N}_])';

export function compileLexicon(name: string, terms: readonly string[]): Lexicon {
  const key = `${name}\u0000${terms.join('\u0001')}`;
  let lexicon = compiled.get(key);
  if (lexicon === undefined) {
    const body = [...terms].sort((a, b) => b.length - a.length).map((t) => t.trim().replace(/ +/g, '\\s+')).join('|');
    lexicon = { name, pattern: new RegExp(`${BEFORE}(?:${body})${AFTER}`, 'gu') };
    if (compiled.size > 10_000) compiled.clear();
    compiled.set(key, lexicon);
  }
  return lexicon;
}

/** Every match of the lexicon in a folded text, as `[start, end)` spans. */
export function matchLexicon(lexicon: Lexicon, folded: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const re = lexicon.pattern;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(folded)) !== null) {
    if (m[0].length === 0) { re.lastIndex++; continue; }
    spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

export function hasLexicon(lexicon: Lexicon, folded: string): boolean {
  lexicon.pattern.lastIndex = 0;
  const found = lexicon.pattern.test(folded);
  lexicon.pattern.lastIndex = 0;
  return found;
}
