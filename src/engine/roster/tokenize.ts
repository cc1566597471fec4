import { foldText } from './fold.js';

/**
 * Word tokens of a folded text. Names are matched token by token, so "Ann" never matches
 * inside "Annual", and apostrophes, hyphens, dots and underscores split words:
 * "d'Amélie" → d | amelie, "Jayden's" → jayden | s, "Jean-François" → jean | francois.
 */
export interface Tokens {
  readonly count: number;
  /** Folded letters and digits of each token, combining marks and invisible formatters left out. */
  readonly keys: readonly string[];
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

/** Character classes, cached per UTF-16 unit. */
const UnitClass = { Unknown: 0, Letter: 1, Ignorable: 2, Other: 3 } as const;
type UnitClass = (typeof UnitClass)[keyof typeof UnitClass];

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Inside a word these never split it: accents typed separately, soft hyphens, zero-width joiners. */
const IGNORABLE = /[\p{M}\p{Cf}]/u;

const unitClasses = new Uint8Array(0x10000);

function classifyCodePoint(char: string): UnitClass {
  if (LETTER_OR_DIGIT.test(char)) return UnitClass.Letter;
  return IGNORABLE.test(char) ? UnitClass.Ignorable : UnitClass.Other;
}

function classOfUnit(unit: number): UnitClass {
  if (unit < 0x80) {
    const isWord = (unit >= 0x61 && unit <= 0x7a) || (unit >= 0x30 && unit <= 0x39) || (unit >= 0x41 && unit <= 0x5a);
    return isWord ? UnitClass.Letter : UnitClass.Other;
  }
  let cls = unitClasses[unit] as UnitClass;
  if (cls === UnitClass.Unknown) {
    cls = unit >= 0xd800 && unit <= 0xdfff ? UnitClass.Other : classifyCodePoint(String.fromCharCode(unit));
    unitClasses[unit] = cls;
  }
  return cls;
}

/** Class of the character at `i` and its length in UTF-16 units (2 for a surrogate pair). */
function classAt(text: string, i: number): [UnitClass, number] {
  const unit = text.charCodeAt(i);
  if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return [classifyCodePoint(text.slice(i, i + 2)), 2];
  }
  return [classOfUnit(unit), 1];
}

/** True when the character at `i` is a letter or digit (a word character). */
export function isWordCharAt(text: string, i: number): boolean {
  return classAt(text, i)[0] === UnitClass.Letter;
}

/** Splits an already folded text into word tokens; offsets are the same as the original's. */
export function tokenizeFolded(folded: string): Tokens {
  const keys: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < folded.length) {
    const [cls, width] = classAt(folded, i);
    if (cls !== UnitClass.Letter) { i += width; continue; }
    const start = i;
    let end = i + width;
    let clean = true; // no ignorable units inside: the key is a plain slice
    i = end;
    while (i < folded.length) {
      const [next, nextWidth] = classAt(folded, i);
      if (next === UnitClass.Other) break;
      if (next === UnitClass.Ignorable) clean = false;
      i += nextWidth;
      if (next === UnitClass.Letter) end = i;
    }
    starts.push(start);
    ends.push(end);
    keys.push(clean ? folded.slice(start, end) : keyWithoutIgnorables(folded, start, end));
    i = end;
  }
  return { count: keys.length, keys, starts, ends };
}

function keyWithoutIgnorables(folded: string, start: number, end: number): string {
  let key = '';
  for (let i = start; i < end;) {
    const [cls, width] = classAt(folded, i);
    if (cls === UnitClass.Letter) key += folded.slice(i, i + width);
    i += width;
  }
  return key;
}

/** Tokens of a roster name or alias, folded the same way as searched texts. */
export function nameTokens(name: string): string[] {
  return [...tokenizeFolded(foldText(name)).keys];
}
