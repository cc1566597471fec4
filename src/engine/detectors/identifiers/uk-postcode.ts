import { contextPattern, hasContext } from './context.js';
import { type DigitRuns, digitRunsOf, forEachMatchAtRuns } from './text-scan.js';
import { SCORE, type Candidate } from './types.js';

/**
 * UK postcode, the pattern the identifier guide adopts from Presidio's `uk_postcode_recognizer.py`
 * (BS 7666 letter sets: no Q, V, X first; no I, J, Z second; inward letters never C, I, K, M, O, V).
 * The pattern is written in capitals; the `i` flag gives the same result as matching an upper-cased
 * copy of the text, and keeps offsets exact even where `toUpperCase` would change a string's length (ß → SS).
 */
const UK_POSTCODE = new RegExp(
  '(?<![\\p{L}\\p{N}])(?:GIR\\s?0AA' +
    '|[A-PR-UWYZ][0-9][ABCDEFGHJKPSTUW]?\\s?[0-9][ABD-HJLNP-UW-Z]{2}' +
    '|[A-PR-UWYZ][0-9]{2}\\s?[0-9][ABD-HJLNP-UW-Z]{2}' +
    '|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY]?\\s?[0-9][ABD-HJLNP-UW-Z]{2}' +
    '|[A-PR-UWYZ][A-HK-Y][0-9]{2}\\s?[0-9][ABD-HJLNP-UW-Z]{2})(?![\\p{L}\\p{N}])',
  'iuy',
);
/**
 * Every postcode ends in its inward code, a digit and two letters. Scanning for that first and
 * trying the full pattern just before it is much faster than running the full pattern everywhere.
 */
const INWARD_CODE = /\d[ABD-HJLNP-UW-Zabd-hjlnp-uw-z]{2}(?![\p{L}\p{N}])/yu;
/** The letters of INWARD_CODE's class, spelled out. */
const INWARD_LETTERS = 'ABDEFGHJLNPQRSTUWXYZabdefghjlnpqrstuwxyz';
/** The outward code is 2–4 characters, or `GIR`, and may be followed by one space. */
const LONGEST_OUTWARD = 5;
const SHORTEST_OUTWARD = 2;

const POSTCODE_CONTEXT = contextPattern([
  'postcode', 'post code', 'address', 'lives at', 'delivery', 'cod post', 'cyfeiriad', 'London', 'Cardiff', 'Caerdydd',
]);

/** The longest postcode ending exactly at `inwardEnd`, as its start offset, or -1. */
function postcodeStart(text: string, inwardStart: number, inwardEnd: number): number {
  for (let start = Math.max(0, inwardStart - LONGEST_OUTWARD); start <= inwardStart - SHORTEST_OUTWARD; start++) {
    UK_POSTCODE.lastIndex = start;
    const match = UK_POSTCODE.exec(text);
    if (match !== null && start + match[0].length === inwardEnd) return start;
  }
  return -1;
}

export function findUkPostcodes(text: string, runs: DigitRuns = digitRunsOf(text)): Candidate[] {
  const found: Candidate[] = [];
  // The inward code's digit is followed by a letter: the last digit of its run, and one of its letters after it.
  forEachMatchAtRuns(INWARD_CODE, text, runs, { digit: 'last', followedBy: INWARD_LETTERS }, (inward) => {
    const end = inward.index + inward[0].length;
    const start = postcodeStart(text, inward.index, end);
    if (start < 0) return;
    const value = text.slice(start, end);
    const upper = value === value.toUpperCase();
    // Lower case and no space ("#ff00aa") reads as a code or a colour, not an address.
    if (!upper && !/\s/u.test(value)) return;
    const score = hasContext(text, start, end, POSTCODE_CONTEXT) ? 0.85 : upper ? SCORE.likely : SCORE.weak;
    found.push({ kind: 'uk-postcode', start, end, score });
  });
  return found;
}
