import { IBAN_LENGTH } from './iban-countries.js';
import { type DigitRuns, digitRunsOf, forEachMatchAtRuns } from './text-scan.js';
import { type Candidate } from './types.js';

/**
 * IBAN (ISO 13616): country code, two check digits, then the account (BBAN) in upper-case letters and
 * digits; printed in groups of four separated by spaces (or hyphens), or run together. The shape
 * regex over-reaches on purpose; the country length then says where the IBAN ends.
 */
const IBAN_SHAPE = /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]){10,30}/yu;

/** ISO 7064 mod 97-10: move the first four characters to the end, letters become 10–35, remainder must be 1. */
export function passesIbanMod97(compact: string): boolean {
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (let i = 0; i < rearranged.length; i++) {
    const code = rearranged.charCodeAt(i);
    const value = code >= 65 ? code - 55 : code - 48;
    remainder = (value > 9 ? remainder * 100 + value : remainder * 10 + value) % 97;
  }
  return remainder === 1;
}

/**
 * Walks the matched text until the country's length is reached. Separators must fall every four
 * characters and be all the same; returns the end offset within `raw`, or -1.
 */
function measureIban(raw: string, length: number): number {
  let count = 0;
  let separator = '';
  for (let i = 0; i < raw.length; i++) {
    const char = raw[i]!;
    if (char === ' ' || char === '-') {
      if (count % 4 !== 0 || (separator !== '' && char !== separator)) return -1;
      separator = char;
      continue;
    }
    if (separator !== '' && count % 4 === 0 && count > 0 && raw[i - 1] !== separator) return -1;
    count++;
    if (count === length) return i + 1;
  }
  return -1;
}

export function findIbans(text: string, runs: DigitRuns = digitRunsOf(text)): Candidate[] {
  const found: Candidate[] = [];
  // The country code's two letters come before the first digit.
  forEachMatchAtRuns(IBAN_SHAPE, text, runs, { lead: 2, shortest: 2 }, (match) => {
    const raw = match[0];
    const length = IBAN_LENGTH[raw.slice(0, 2)];
    const rawEnd = length === undefined ? -1 : measureIban(raw, length);
    const end = match.index + rawEnd;
    // The IBAN must end at a word boundary, not in the middle of a longer code.
    if (rawEnd < 0 || /[\p{L}\p{N}]/u.test(text.charAt(end)) || !passesIbanMod97(raw.slice(0, rawEnd).replace(/[ -]/g, ''))) {
      // The shape over-reached; another IBAN may start inside it.
      IBAN_SHAPE.lastIndex = match.index + 1;
      return;
    }
    IBAN_SHAPE.lastIndex = end;
    found.push({ kind: 'iban', start: match.index, end, score: 0.95 });
  });
  return found;
}
