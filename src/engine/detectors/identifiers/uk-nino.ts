import { contextPattern, hasContext } from './context.js';
import { type DigitRuns, digitRunsOf, forEachMatchAtRuns } from './text-scan.js';
import { SCORE, type Candidate } from './types.js';

/**
 * UK National Insurance number, HMRC National Insurance Manual NIM39110: two prefix letters, six
 * digits, suffix A–D. D, F, I, Q, U, V are never prefix letters, O is never the second one, and the
 * prefixes BG, GB, KN, NK, NT, TN, ZZ are not allocated. There is no check digit.
 */
const NINO_SHAPE =
  /(?<![\p{L}\p{N}])(?!BG|GB|KN|NK|NT|TN|ZZ)([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]) ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![\p{L}\p{N}])/yiu;

/** Administrative look-alikes that are not NINOs (NIM39110): tax credit, child reference and similar. */
const ADMINISTRATIVE_PREFIXES = new Set(['OO', 'CR', 'FY', 'MW', 'NC', 'PP', 'PY', 'PZ']);

const NINO_CONTEXT = contextPattern([
  'national insurance', 'national insurance number', 'NI number', 'NI no', 'NINO', 'NI',
  'yswiriant gwladol', 'rhif yswiriant gwladol',
]);

export function findUkNinos(text: string, runs: DigitRuns = digitRunsOf(text)): Candidate[] {
  const found: Candidate[] = [];
  // The two prefix letters and an optional space come before the first digit.
  forEachMatchAtRuns(NINO_SHAPE, text, runs, { lead: 3, shortest: 2 }, (match) => {
    const prefix = match[1]!.toUpperCase();
    if (ADMINISTRATIVE_PREFIXES.has(prefix)) return;
    const start = match.index;
    const end = start + match[0].length;
    // The suffix letter makes chance matches rare; upper case is how HMRC prints it.
    const upper = match[0] === match[0].toUpperCase();
    const score = hasContext(text, start, end, NINO_CONTEXT) ? SCORE.confirmed : upper ? SCORE.likely : 0.5;
    found.push({ kind: 'uk-nino', start, end, score });
  });
  return found;
}
