import { contextPattern, hasContext } from './context.js';
import { type DigitRuns, digitRunsOf, forEachMatchAtRuns } from './text-scan.js';
import { SCORE, type Candidate } from './types.js';

/**
 * Canadian postal code `A9A 9A9` (Statistics Canada, "Forward sortation area"; Canada Post rules):
 * D, F, I, O, Q and U are never used, and W and Z never come first.
 */
const CA_POSTAL_SHAPE =
  /\d(?<=(?<![\p{L}\p{N}])[ABCEGHJ-NPRSTVXY]\d)[ABCEGHJ-NPRSTV-Z][ -]?\d[ABCEGHJ-NPRSTV-Z]\d(?![\p{L}\p{N}])/yiu;
/** The match starts at the first digit (a digit-first scan is much faster); the letter before it is part of the code. */
const LEADING_LETTER = 1;

const POSTAL_CONTEXT = contextPattern([
  'postal code', 'postal', 'address', 'lives at', 'code postal', 'adresse', 'habite', 'demeure',
  'Ontario', 'Québec', 'Quebec', 'Toronto', 'Ottawa', 'Montréal', 'Montreal',
]);

export function findCanadianPostalCodes(text: string, runs: DigitRuns = digitRunsOf(text)): Candidate[] {
  const found: Candidate[] = [];
  // The code's first digit is a run of one: a letter comes before it and after it.
  forEachMatchAtRuns(CA_POSTAL_SHAPE, text, runs, { longest: 1 }, (match) => {
    const start = match.index - LEADING_LETTER;
    const end = match.index + match[0].length;
    // Canada Post prints codes in capitals; a lower-case look-alike is weaker evidence.
    const value = text.slice(start, end);
    const upper = value === value.toUpperCase();
    // Lower case and no space ("#ff00aa") reads as a code or a colour, not an address.
    if (!upper && !/[\s-]/u.test(value)) return;
    const score = hasContext(text, start, end, POSTAL_CONTEXT) ? 0.85 : upper ? SCORE.likely : SCORE.weak;
    found.push({ kind: 'ca-postal-code', start, end, score });
  });
  return found;
}
