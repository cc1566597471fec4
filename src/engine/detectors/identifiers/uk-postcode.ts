import { contextPattern, hasContext } from './context.js';
import { forEachMatch } from './text-scan.js';
import { SCORE, type Candidate } from './types.js';

/**
 * UK postcode, the pattern the identifier guide adopts from Presidio's `uk_postcode_recognizer.py`
 * (BS 7666 letter sets: no Q, V, X first; no I, J, Z second; inward letters never C, I, K, M, O, V).
 * The pattern is written in capitals; the `i` flag gives the same result as matching an upper-cased
 * copy of the text, and keeps offsets exact even where `toUpperCase` would change a string's length (ß → SS).
 */
const UK_POSTCODE_SHAPE = new RegExp(
  '(?<![\\p{L}\\p{N}])(?:GIR\\s?0AA' +
    '|[A-PR-UWYZ][0-9][ABCDEFGHJKPSTUW]?\\s?[0-9][ABD-HJLNP-UW-Z]{2}' +
    '|[A-PR-UWYZ][0-9]{2}\\s?[0-9][ABD-HJLNP-UW-Z]{2}' +
    '|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY]?\\s?[0-9][ABD-HJLNP-UW-Z]{2}' +
    '|[A-PR-UWYZ][A-HK-Y][0-9]{2}\\s?[0-9][ABD-HJLNP-UW-Z]{2})(?![\\p{L}\\p{N}])',
  'giu',
);

const POSTCODE_CONTEXT = contextPattern([
  'postcode', 'post code', 'address', 'lives at', 'delivery', 'cod post', 'cyfeiriad', 'London', 'Cardiff', 'Caerdydd',
]);

export function findUkPostcodes(text: string): Candidate[] {
  const found: Candidate[] = [];
  forEachMatch(UK_POSTCODE_SHAPE, text, (match) => {
    const start = match.index;
    const end = start + match[0].length;
    const upper = match[0] === match[0].toUpperCase();
    const score = hasContext(text, start, end, POSTCODE_CONTEXT) ? 0.85 : upper ? SCORE.likely : SCORE.weak;
    found.push({ kind: 'uk-postcode', start, end, score });
  });
  return found;
}
