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

const ASCII_CLASSES = Uint8Array.from({ length: 0x80 }, (_, unit) => {
  const isWord = (unit >= 0x61 && unit <= 0x7a) || (unit >= 0x30 && unit <= 0x39) || (unit >= 0x41 && unit <= 0x5a);
  return isWord ? UnitClass.Letter : UnitClass.Other;
});

function classifyCodePoint(char: string): UnitClass {
  if (LETTER_OR_DIGIT.test(char)) return UnitClass.Letter;
  return IGNORABLE.test(char) ? UnitClass.Ignorable : UnitClass.Other;
}

function classOfUnit(unit: number): UnitClass {
  if (unit < 0x80) return ASCII_CLASSES[unit] as UnitClass;
  let cls = unitClasses[unit] as UnitClass;
  if (cls === UnitClass.Unknown) {
    cls = unit >= 0xd800 && unit <= 0xdfff ? UnitClass.Other : classifyCodePoint(String.fromCharCode(unit));
    unitClasses[unit] = cls;
  }
  return cls;
}

/** Class of the character at `i`; a surrogate pair is classed as one code point. */
function classAt(text: string, i: number): UnitClass {
  const unit = text.charCodeAt(i);
  if (unit < 0xd800 || unit > 0xdbff) return classOfUnit(unit);
  return isPairAt(text, i) ? classifyCodePoint(text.slice(i, i + 2)) : UnitClass.Other;
}

function isPairAt(text: string, i: number): boolean {
  const unit = text.charCodeAt(i);
  const next = text.charCodeAt(i + 1);
  return unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
}

function widthAt(text: string, i: number): number {
  return isPairAt(text, i) ? 2 : 1;
}

/** True when the character at `i` is a letter or digit (a word character). */
export function isWordCharAt(text: string, i: number): boolean {
  return classAt(text, i) === UnitClass.Letter;
}

/** Splits an already folded text into word tokens; offsets are the same as the original's. */
export function tokenizeFolded(folded: string): Tokens {
  const keys: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const length = folded.length;
  let i = 0;
  while (i < length) {
    const unit = folded.charCodeAt(i);
    if (unit < 0x80 ? ASCII_CLASSES[unit] !== UnitClass.Letter : classAt(folded, i) !== UnitClass.Letter) {
      i += unit < 0xd800 ? 1 : widthAt(folded, i);
      continue;
    }
    const start = i;
    i += unit < 0xd800 ? 1 : widthAt(folded, i);
    let end = i;
    let clean = true; // no ignorable units inside: the key is a plain slice
    while (i < length) {
      const next = folded.charCodeAt(i);
      const cls = next < 0x80 ? ASCII_CLASSES[next] : classAt(folded, i);
      if (cls === UnitClass.Other) break;
      i += next < 0xd800 ? 1 : widthAt(folded, i);
      if (cls === UnitClass.Letter) end = i;
      else clean = false;
    }
    starts.push(start);
    ends.push(end);
    keys.push(clean || !hasIgnorable(folded, start, end) ? folded.slice(start, end) : keyWithoutIgnorables(folded, start, end));
    i = end;
  }
  return { count: keys.length, keys, starts, ends };
}

function hasIgnorable(folded: string, start: number, end: number): boolean {
  for (let i = start; i < end; i += widthAt(folded, i)) if (classAt(folded, i) === UnitClass.Ignorable) return true;
  return false;
}

function keyWithoutIgnorables(folded: string, start: number, end: number): string {
  let key = '';
  for (let i = start; i < end;) {
    const width = widthAt(folded, i);
    if (classAt(folded, i) === UnitClass.Letter) key += folded.slice(i, i + width);
    i += width;
  }
  return key;
}

/** Tokens of a roster name or alias, folded the same way as searched texts. */
export function nameTokens(name: string): string[] {
  return [...tokenizeFolded(foldText(name)).keys];
}
