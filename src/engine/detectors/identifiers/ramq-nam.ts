import { contextPattern, hasContext } from './context.js';
import { type DigitRuns, digitRunsOf, forEachMatchAtRuns } from './text-scan.js';
import { SCORE, type Candidate } from './types.js';

/**
 * Québec health insurance number (NAM): `LLLF YYMM DDNN` (RAMQ card; French Wikipedia, "Régie de
 * l'assurance maladie du Québec"). LLL = surname at birth, F = first-name initial, YY = birth year,
 * MM = birth month plus 50 for women, DD = day, NN = RAMQ administrative digits. No checksum is published.
 */
/**
 * The pattern starts at the digits and looks back for the four letters, because a scan that starts
 * with letters is slow on long posts. A NAM between other digit groups is part of a longer code
 * (an IBAN, an account number).
 */
const NAM_SHAPE =
  /\d\d(?<=(?<![\p{L}\p{N}]|\p{N} )([A-Za-z]{4}) ?\d\d)(0[1-9]|1[0-2]|5[1-9]|6[0-2]) ?(0[1-9]|[12]\d|3[01])\d{2}(?![\p{L}\p{N}]| \p{N})/dyu;

const NAM_CONTEXT = contextPattern([
  'NAM', "numéro d'assurance maladie", "carte d'assurance maladie", 'carte soleil', 'RAMQ',
  'assurance maladie', 'health insurance number', 'Quebec health card', 'Québec health card',
]);

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The day must exist in the encoded month (29 February allowed: the two-digit year hides leap years). */
export function isPlausibleNamDate(monthCode: number, day: number): boolean {
  const month = monthCode > 50 ? monthCode - 50 : monthCode;
  return month >= 1 && month <= 12 && day >= 1 && day <= DAYS_IN_MONTH[month - 1]!;
}

export function findRamqNams(text: string, runs: DigitRuns = digitRunsOf(text)): Candidate[] {
  const found: Candidate[] = [];
  forEachMatchAtRuns(NAM_SHAPE, text, runs, { shortest: 2 }, (match) => {
    if (!isPlausibleNamDate(Number(match[2]), Number(match[3]))) return;
    const start = match.indices![1]![0];
    const end = match.index + match[0].length;
    const upper = match[1] === match[1]!.toUpperCase();
    const score = hasContext(text, start, end, NAM_CONTEXT) ? SCORE.confirmed : upper ? SCORE.likely : 0.45;
    found.push({ kind: 'ramq-nam', start, end, score });
  });
  return found;
}
