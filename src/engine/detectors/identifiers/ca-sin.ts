import { contextPattern, hasContext } from './context.js';
import { passesLuhn } from './luhn.js';
import { type DigitRuns, digitRunsOf, digitsOf, forEachMatchAtRuns, isRepeatedCharacter } from './text-scan.js';
import { SCORE, type Candidate } from './types.js';

/**
 * Canadian Social Insurance Number: 9 digits, `DDD DDD DDD`, `DDD-DDD-DDD` or run together, the same
 * separator twice (identifiers guide §1). First digit 0 and 8 are not issued to individuals
 * (Service Canada, as cited by Presidio's `ca_sin_recognizer.py`), so the class is [1-79].
 */
const SIN_SHAPE = /(?<![\p{L}\p{N}])[1-79]\d{2}([ -]?)\d{3}\1\d{3}(?![\p{L}\p{N}]|[ -]\d)/yu;

const SIN_CONTEXT = contextPattern([
  'SIN', 'social insurance', 'social insurance number',
  'NAS', "numéro d'assurance sociale", 'assurance sociale',
]);

export function findCanadianSins(text: string, runs: DigitRuns = digitRunsOf(text)): Candidate[] {
  const found: Candidate[] = [];
  forEachMatchAtRuns(SIN_SHAPE, text, runs, { shortest: 3 }, (match) => {
    const digits = digitsOf(match[0]);
    // Luhn is the CRA check digit rule (T4 specification); a run of one digit is never issued.
    if (!passesLuhn(digits) || isRepeatedCharacter(digits)) return;
    const start = match.index;
    const end = start + match[0].length;
    const grouped = match[1] !== '';
    const score = hasContext(text, start, end, SIN_CONTEXT) ? SCORE.confirmed : grouped ? 0.55 : SCORE.weak;
    found.push({ kind: 'ca-sin', start, end, score });
  });
  return found;
}
