import { countDigits, type DigitRuns, digitRunsOf, forEachMatchAtRuns } from './text-scan.js';
import { type Candidate } from './types.js';

/**
 * Case and file numbers of a health or social-service organization: a keyword (EN case, file,
 * chart, MRN, client, referral; FR dossier, cas, numéro de dossier; CY achos, ffeil) and an optional
 * "number" word, then the reference ("case #2024-1187", "file no. 12345", "dossier n° 4567",
 * "rhif achos 3321"). A prefixed reference in capitals ("CAS-12345", "MRN-004521") counts on its own.
 */
const KEYWORD =
  'case|file|chart|record|client|patient|referral|incident|claim|ref|reference|MRN|dossier|cas|référence|réf|achos|ffeil|cofnod';
const NUMBER_WORD = '(?:number|num|nos?|nr|n[°º]|nº|#|numéro|rhif|ID)';
/**
 * The match starts at the reference's first digit and looks back for the keyword, the optional
 * "number" word and a letter prefix (captured), because scanning for keywords at every letter is slow.
 */
const KEYWORD_REFERENCE = new RegExp(
  `\\d(?<=(?<![\\p{L}\\p{N}])(?:${KEYWORD})\\s*(${NUMBER_WORD}\\.?)?\\s*([:#]?)\\s*([A-Z]{0,5}-?)\\d)` +
    '[\\dA-Z]*(?:[-/]\\d[\\dA-Z]*){0,3}(?![\\p{L}\\p{N}])',
  'dyiu',
);
const PREFIXED_REFERENCE = /(?<![\p{L}\p{N}-])(?:CAS|CASE|FILE|REF|MRN|DOS|CLT|INC)-\d{4,10}(?:-\d{1,6})?(?![\p{L}\p{N}-])/yu;

export function findCaseNumbers(text: string, runs: DigitRuns = digitRunsOf(text)): Candidate[] {
  const found: Candidate[] = [];
  forEachMatchAtRuns(KEYWORD_REFERENCE, text, runs, {}, (match) => {
    const start = match.indices![3]![0];
    const end = match.index + match[0].length;
    const digits = countDigits(text, start, end);
    const hasNumberWord = match[1] !== undefined || match[2] !== '';
    // "case 3" or "file 12" is a count or a clause, not a reference: ask for 3 digits after a
    // "number" word and 4 without one.
    if (digits < (hasNumberWord ? 3 : 4)) return;
    found.push({ kind: 'case-number', start, end, score: hasNumberWord ? 0.75 : 0.5 });
  });
  // The longest prefix ("CASE-") is five characters before the first digit.
  forEachMatchAtRuns(PREFIXED_REFERENCE, text, runs, { lead: 5, shortest: 4 }, (match) => {
    found.push({ kind: 'case-number', start: match.index, end: match.index + match[0].length, score: 0.7 });
  });
  return found;
}
