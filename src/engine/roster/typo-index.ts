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
/** Slots of the table of recent words `mayBeNear` answered (a power of two). */
const RECENT_SLOTS = 512;

/** Whether `text[start..start + length)` is `word`. */
function sameUnits(word: string, text: string, start: number, length: number): boolean {
  if (word.length !== length) return false;
  for (let k = 0; k < length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

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
  // The filter is large (a 10,000-name roster's is 256 KB) and its probes land anywhere in it, so
  // they miss the cache between the other detectors; the same capitalized everyday words come back
  // post after post, and a small table of recent words answers them from a few lines. Only words of up
  // to MEMO_WORD_LENGTH units are kept: V8 copies such a slice, so it never keeps a post alive.
  const recentWords: (string | undefined)[] = new Array<string | undefined>(RECENT_SLOTS).fill(undefined);
  const recentAnswers = new Uint8Array(RECENT_SLOTS);
  const mayBeNear = (text: string, start: number, end: number): boolean => {
    const length = end - start;
    if (length < MIN_TYPO_NAME_LENGTH - 1 || length > MAX_TYPO_WORD_LENGTH) return false;
    if (length > MEMO_WORD_LENGTH) return mayHaveOneDeletion(variants, text, start, end);
    const slot = hashRange(text, start, end) & (RECENT_SLOTS - 1);
    const recent = recentWords[slot];
    if (recent !== undefined && sameUnits(recent, text, start, length)) return recentAnswers[slot] === 1;
    const answer = mayHaveOneDeletion(variants, text, start, end);
    recentWords[slot] = text.slice(start, end);
    recentAnswers[slot] = answer ? 1 : 0;
    return answer;
  };
  return { near, mayBeNear };
}
