import { contextPattern, hasContext } from './context.js';
import { passesLuhn } from './luhn.js';
import { type DigitRuns, digitRunsOf, digitsOf, forEachMatchAtRuns } from './text-scan.js';
import { SCORE, type Candidate } from './types.js';

/**
 * Ontario health number: 10 digits printed `1234 - 567 - 890 AB`, the 1–2 letter version code being
 * absent on old red-and-white cards (MOHLTC Health Card Validation Reference Manual, 2005, §1).
 * Separators may be a space, a hyphen or a spaced hyphen.
 */
const SEP = '(?: ?- ?| )?';
const OHIP_SHAPE = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\d{4})(${SEP})(\\d{3})(${SEP})(\\d{3})(?:${SEP}([A-Z]{1,2}))?(?![\\p{L}\\p{N}])`,
  'yu',
);

const OHIP_CONTEXT = contextPattern([
  'OHIP', 'health card', 'health number', 'health card number', 'version code',
  'carte santé', "carte d'assurance-santé", 'carte d’assurance santé', 'numéro de carte santé',
]);

export function findOntarioHealthNumbers(text: string, runs: DigitRuns = digitRunsOf(text)): Candidate[] {
  const found: Candidate[] = [];
  forEachMatchAtRuns(OHIP_SHAPE, text, runs, { shortest: 4 }, (match) => {
    const digits = digitsOf(`${match[1]}${match[3]}${match[5]}`);
    // The 10th digit is a mod 10 (Luhn) check digit over the number (HCV technical specification).
    if (!passesLuhn(digits)) return;
    const start = match.index;
    const end = start + match[0].length;
    // A 4-3-3 grouping or a version code is how the card prints it; a bare run could be anything.
    const cardForm = (match[2] !== '' && match[4] !== '') || match[6] !== undefined;
    const score = hasContext(text, start, end, OHIP_CONTEXT) ? SCORE.confirmed : cardForm ? SCORE.likely : 0.3;
    found.push({ kind: 'ohip', start, end, score });
  });
  return found;
}
