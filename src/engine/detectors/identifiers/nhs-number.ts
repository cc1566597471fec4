import { contextPattern, hasContext } from './context.js';
import { type DigitRuns, digitRunsOf, digitsOf, forEachMatchAtRuns } from './text-scan.js';
import { SCORE, type Candidate } from './types.js';

/** NHS number: 10 digits written 3 3 4 (NHS Data Dictionary, "NHS NUMBER"). */
const NHS_SHAPE = /(?<![\p{L}\p{N}])\d{3}([- ]?)\d{3}([- ]?)\d{4}(?![\p{L}\p{N}])/yu;

const NHS_CONTEXT = contextPattern(['NHS', 'NHS number', 'NHS no', 'national health service', 'rhif GIG', 'GIG']);

/**
 * Modulus 11 (NHS Data Dictionary): weights 10..2 over the first nine digits; the check digit is
 * 11 − (sum mod 11), 11 becomes 0, and 10 means the number is invalid.
 */
export function passesNhsModulus11(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (digits.charCodeAt(i) - 48) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === digits.charCodeAt(9) - 48;
}

/** Ranges England, Wales and the Isle of Man issue: 3xx (England), 4xx and 6xx–7xx (identifiers guide §4). */
function inEnglandAndWalesRange(digits: string): boolean {
  const first = digits[0];
  return first === '4' || first === '6' || first === '7' || (first === '3' && digits < '3200000010');
}

export function findNhsNumbers(text: string, runs: DigitRuns = digitRunsOf(text)): Candidate[] {
  const found: Candidate[] = [];
  forEachMatchAtRuns(NHS_SHAPE, text, runs, { shortest: 3 }, (match) => {
    const digits = digitsOf(match[0]);
    if (!passesNhsModulus11(digits)) return;
    const start = match.index;
    const end = start + match[0].length;
    const grouped = match[1] !== '' && match[2] !== '';
    // About 1 in 11 random digit strings pass mod 11, so the range and grouping only lift a bare number a little.
    let score = grouped && inEnglandAndWalesRange(digits) ? 0.58 : grouped ? 0.4 : 0.3;
    if (hasContext(text, start, end, NHS_CONTEXT)) score = SCORE.confirmed;
    found.push({ kind: 'nhs-number', start, end, score });
  });
  return found;
}
