import { contextPattern, hasContext } from './context.js';
import { passesLuhn } from './luhn.js';
import { type DigitRuns, digitRunsOf, digitsOf, forEachMatchAtRuns } from './text-scan.js';
import { SCORE, type Candidate } from './types.js';

/**
 * Payment card numbers (ISO/IEC 7812): 13–19 digits with a Luhn check digit. Written run together,
 * in groups of four, or 4-6-5 / 4-6-4 (American Express, Diners Club).
 */
const CARD_SHAPE =
  /(?<![\p{L}\p{N}])(?:\d{13,19}|\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?:\1\d{1,3})?|\d{4}([ -])\d{6}\2\d{4,5})(?![\p{L}\p{N}])/yu;

const CARD_CONTEXT = contextPattern([
  'card', 'credit card', 'debit card', 'visa', 'mastercard', 'amex', 'american express', 'card number',
  'carte', 'carte de crédit', 'carte de débit', 'cerdyn', 'cerdyn credyd',
]);

/**
 * Lengths by issuer prefix, from the card networks' published ranges (ISO/IEC 7812 IINs):
 * Visa 4 (13, 16, 19), Mastercard 51–55 and 2221–2720 (16), Amex 34/37 (15), Diners 30/36/38/39 (14–16),
 * JCB 35 (16–19), Discover and Maestro 6 and 50/56–58 (12–19), UATP 1 (15).
 */
function plausibleIssuer(digits: string): boolean {
  const length = digits.length;
  switch (digits[0]) {
    case '1': return length === 15;
    case '2': return length === 16 && digits.slice(0, 4) >= '2221' && digits.slice(0, 4) <= '2720';
    case '3': return digits[1] === '4' || digits[1] === '7' ? length === 15 : length >= 14 && length <= 19;
    case '4': return length === 13 || length === 16 || length === 19;
    case '5':
    case '6': return length >= 16 && length <= 19;
    default: return false;
  }
}

export function findCreditCards(text: string, runs: DigitRuns = digitRunsOf(text)): Candidate[] {
  const found: Candidate[] = [];
  forEachMatchAtRuns(CARD_SHAPE, text, runs, { shortest: 4 }, (match) => {
    const digits = digitsOf(match[0]);
    if (!plausibleIssuer(digits) || !passesLuhn(digits)) return;
    const start = match.index;
    const end = start + match[0].length;
    const score = hasContext(text, start, end, CARD_CONTEXT) ? SCORE.confirmed : 0.7;
    found.push({ kind: 'credit-card', start, end, score });
  });
  return found;
}
