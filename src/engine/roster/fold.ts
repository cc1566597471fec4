/**
 * Length-preserving text folding: one UTF-16 unit in, one unit out, so that an offset into
 * the folded text is the same offset into the original. Detectors search the folded text and
 * report spans that are valid in the text the person wrote.
 */

/** Letters whose diacritic is not a combining mark in Unicode (no NFD decomposition). */
const STROKED_LETTERS: Readonly<Record<string, string>> = {
  'ł': 'l', 'ø': 'o', 'đ': 'd', 'ð': 'd', 'ħ': 'h', 'ı': 'i', 'ŀ': 'l', 'ŧ': 't', 'ƀ': 'b', 'ɨ': 'i',
};

/** Typographic punctuation folded to its ASCII look-alike. */
const PUNCTUATION: Readonly<Record<string, string>> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u02BC': "'",
  '\u02B9': "'", '\u00B4': "'", '`': "'", '\uFF07': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '\u00AB': '"',
  '\u00BB': '"', '\uFF02': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2212': '-',
  '\u00A0': ' ', '\u2007': ' ', '\u202F': ' ', '\u2009': ' ', '\u200A': ' ', '\u3000': ' ',
};

const COMBINING_MARK = /\p{M}/u;

/** What `foldText` may change once lower-cased: the backtick and every non-ASCII unit. */
const NEEDS_FOLDING = /[^\0-\x5f\x61-\x7f]/;

/** Folded code unit per input unit; 0 means "not computed yet" (U+0000 folds to itself). */
const foldedUnits = new Uint16Array(0x10000);

function computeFoldedUnit(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdfff) return unit; // surrogate halves: astral text passes through
  const char = String.fromCharCode(unit);
  const punctuation = PUNCTUATION[char];
  if (punctuation !== undefined) return punctuation.charCodeAt(0);
  let lower = char.toLowerCase();
  if (lower.length !== 1) lower = char; // e.g. U+0130 lower-cases to two units: decompose below instead
  const decomposed = lower.normalize('NFD');
  let base = lower;
  if (decomposed.length > 1 && !COMBINING_MARK.test(decomposed[0] ?? '')) {
    const rest = decomposed.slice(1);
    if ([...rest].every((c) => COMBINING_MARK.test(c))) base = decomposed[0] ?? lower;
  }
  const baseLower = base.toLowerCase();
  if (baseLower.length === 1) base = baseLower;
  return (STROKED_LETTERS[base] ?? base).charCodeAt(0);
}

/** The folded form of one UTF-16 code unit. */
export function foldUnit(unit: number): number {
  if (unit < 0x80) return unit >= 0x41 && unit <= 0x5a ? unit + 0x20 : unit === 0x60 ? 0x27 : unit;
  let folded = foldedUnits[unit] ?? 0;
  if (folded === 0) {
    folded = computeFoldedUnit(unit);
    foldedUnits[unit] = folded;
  }
  return folded;
}

/**
 * Lower-cases, strips accents and diacritics, folds typographic quotes, apostrophes, dashes
 * and unusual spaces to ASCII. The result has exactly the input's length and offsets.
 */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  // Lower-casing keeps the length except for a few letters such as U+0130; fold those unit by unit.
  if (lower.length !== text.length) return foldUnitByUnit(text);
  // Pieces joined at the end: a string grown by `+=` is a rope, and every detector would then
  // read it character by character through the rope.
  // Most texts are mostly ASCII: the regular expression finds the first unit to fold faster than a loop.
  const first = lower.search(NEEDS_FOLDING);
  if (first === -1) return lower;
  const pieces: string[] = [];
  let copiedUpTo = 0;
  for (let i = first; i < lower.length; i++) {
    const unit = lower.charCodeAt(i);
    if (unit < 0x80 && unit !== 0x60) continue;
    if (unit >= 0xd800 && unit <= 0xdfff) continue; // astral characters stay as lower-cased
    const folded = foldUnit(text.charCodeAt(i));
    if (folded === unit) continue;
    pieces.push(lower.slice(copiedUpTo, i), String.fromCharCode(folded));
    copiedUpTo = i + 1;
  }
  if (copiedUpTo === 0) return lower;
  pieces.push(lower.slice(copiedUpTo));
  return pieces.join('');
}

function foldUnitByUnit(text: string): string {
  const parts: string[] = [];
  for (let i = 0; i < text.length; i++) parts.push(String.fromCharCode(foldUnit(text.charCodeAt(i))));
  return parts.join('');
}
