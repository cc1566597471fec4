import { HONORIFICS } from './common-words.js';
import { isWordCharAt, type Tokens } from './tokenize.js';

/**
 * How a word is written in the original text. Capitals are what tell "Grace" the person
 * from "grace" the word, so these checks look at the text the person typed, not the folded one.
 */

function isUpper(char: string): boolean {
  const unit = char.charCodeAt(0);
  if (unit < 0x80) return unit >= 0x41 && unit <= 0x5a;
  return char.toLowerCase() !== char;
}

function isLower(char: string): boolean {
  const unit = char.charCodeAt(0);
  if (unit < 0x80) return unit >= 0x61 && unit <= 0x7a;
  return char.toUpperCase() !== char;
}

/** The first letter is a capital ("Rose", "ROSE", "Élise"). */
export function startsWithCapital(text: string, start: number): boolean {
  return isUpper(text[start] ?? '');
}

/** A capital followed by small letters, as names are written ("Rose", not "ROSE" nor "rose"). */
export function isTitleCase(text: string, start: number, end: number): boolean {
  if (!startsWithCapital(text, start)) return false;
  if (end - start === 1) return true;
  for (let i = start + 1; i < end; i++) if (isLower(text[i] ?? '')) return true;
  return false;
}

/** Punctuation after which a capital is not explained by the start of a sentence. */
const MID_SENTENCE_PUNCTUATION = new Set([',', ';', '&', '/', '-', '(', '@', '+', '–', '—', "'", '’']);
const LOOK_BACK = 32;

/** The word follows other words of its sentence: a capital here marks a proper noun. */
export function isMidSentence(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0 && i >= start - LOOK_BACK; i--) {
    const char = text[i] ?? '';
    if (char === ' ' || char === '\t') continue;
    if (char === '\n' || char === '\r') return false;
    if (MID_SENTENCE_PUNCTUATION.has(char)) return true;
    const codeStart = i > 0 && /[\uDC00-\uDFFF]/.test(char) ? i - 1 : i;
    return isWordCharAt(text, codeStart);
  }
  return false;
}

/** The word right before token `index` is a title: "Mme", "M.", "Dr", "Mrs.". */
export function followsHonorific(text: string, tokens: Tokens, index: number): boolean {
  if (index === 0) return false;
  const previous = tokens.key(index - 1);
  if (!HONORIFICS.has(previous)) return false;
  const gap = text.slice(tokens.end(index - 1), tokens.start(index));
  return /^\.?\s{1,3}$/.test(gap) && startsWithCapital(text, tokens.start(index - 1));
}

/** A capitalized word in a place where a capital means a name: mid-sentence or after a title. */
export function isNameContext(text: string, tokens: Tokens, index: number): boolean {
  const start = tokens.start(index);
  return isMidSentence(text, start) || followsHonorific(text, tokens, index);
}
