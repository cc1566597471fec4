import { memoByText } from '../text/text-memo.js';
import { HashFilter, hashRange, mayHaveOneDeletion } from './hash-filter.js';

/**
 * Finds the roster name tokens one typo away from a text word (insertion, deletion,
 * substitution or transposition of adjacent letters), by the deletion-neighbourhood method:
 * every name token is indexed under itself and each of its one-letter deletions, so a look-up
 * costs a few hash probes per text word instead of a pass over the roster.
 */
export const MIN_TYPO_NAME_LENGTH = 5;
const MAX_TYPO_WORD_LENGTH = 40;
const MEMO_SIZE = 20_000;
const MEMO_WORD_LENGTH = 12;
const NONE: readonly string[] = [];

export interface TypoIndex {
  /** Name tokens within one edit of `word`, `word` itself excluded. */
  near(word: string): readonly string[];
  /**
   * False when `near` of the word `text[start..end)` is certainly empty: neither the word nor any
   * of its one-letter deletions is indexed. Tells most text words apart without making a string.
   */
  mayBeNear(text: string, start: number, end: number): boolean;
}

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** Optimal-string-alignment distance of at most one (adjacent transposition counts as one). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const lengthGap = a.length - b.length;
  if (lengthGap > 1 || lengthGap < -1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (lengthGap === 1) return a.slice(i + 1) === b.slice(i);
  if (lengthGap === -1) return a.slice(i) === b.slice(i + 1);
  if (a.slice(i + 1) === b.slice(i + 1)) return true;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

export function buildTypoIndex(nameTokenSet: Iterable<string>): TypoIndex {
  const byVariant = new Map<string, string[]>();
  const add = (variant: string, token: string): void => {
    const tokens = byVariant.get(variant);
    if (tokens === undefined) byVariant.set(variant, [token]);
    else if (!tokens.includes(token)) tokens.push(token);
  };
  for (const token of nameTokenSet) {
    if (token.length < MIN_TYPO_NAME_LENGTH || token.length > MAX_TYPO_WORD_LENGTH) continue;
    add(token, token);
    for (const variant of deletions(token)) add(variant, token);
  }
  const lookUp = (word: string): readonly string[] => {
    if (word.length < MIN_TYPO_NAME_LENGTH - 1 || word.length > MAX_TYPO_WORD_LENGTH) return NONE;
    const found: string[] = [];
    for (const variant of [word, ...deletions(word)]) {
      for (const token of byVariant.get(variant) ?? []) {
        if (token !== word && !found.includes(token) && withinOneEdit(word, token)) found.push(token);
      }
    }
    return found.length === 0 ? NONE : found;
  };
  // Everyday words come back in text after text: each is looked up once per roster. Only short
  // words are kept, since V8 may keep a longer slice's whole source text alive with it.
  const near = memoByText(lookUp, { max: MEMO_SIZE, longest: MEMO_WORD_LENGTH });
  const variants = new HashFilter(byVariant.size);
  for (const variant of byVariant.keys()) variants.add(hashRange(variant, 0, variant.length));
  const mayBeNear = (text: string, start: number, end: number): boolean => {
    const length = end - start;
    if (length < MIN_TYPO_NAME_LENGTH - 1 || length > MAX_TYPO_WORD_LENGTH) return false;
    return mayHaveOneDeletion(variants, text, start, end);
  };
  return { near, mayBeNear };
}
