import { findCanadianPostalCodes } from './ca-postal-code.js';
import { findCanadianSins } from './ca-sin.js';
import { findCaseNumbers } from './case-number.js';
import { findCreditCards } from './credit-card.js';
import { findDatesOfBirth } from './date-of-birth.js';
import { findDates, findMonthReferences } from './date.js';
import { resolveOverlaps } from './dedupe.js';
import { findEmails } from './email.js';
import { findIbans } from './iban.js';
import { findIpAddresses } from './ip-address.js';
import { findNhsNumbers } from './nhs-number.js';
import { findOntarioHealthNumbers } from './ohip.js';
import { findPhones } from './phone.js';
import { findRamqNams } from './ramq-nam.js';
import { findStreetAddresses } from './street-address.js';
import { digitRunsOf, type DigitRuns } from './text-scan.js';
import { confidenceOf, type Candidate, type IdentifierHit, type IdentifierKind } from './types.js';
import { findUkNinos } from './uk-nino.js';
import { findUkPostcodes } from './uk-postcode.js';
import { findUrls } from './url.js';

export type { Confidence, IdentifierHit, IdentifierKind } from './types.js';

export const IDENTIFIER_KINDS: readonly IdentifierKind[] = [
  'phone', 'email', 'ca-postal-code', 'uk-postcode', 'street-address', 'date-of-birth', 'ohip', 'ramq-nam',
  'nhs-number', 'ca-sin', 'uk-nino', 'case-number', 'credit-card', 'iban', 'ip-address', 'url', 'date',
];

type Recognizer = (text: string, runs: DigitRuns) => Candidate[];

/**
 * Recognizers that need digits, with the fewest digits a match can hold: a post with fewer skips
 * the recognizer without scanning (most posts have a handful of digits at most). Those that run
 * are tried at the text's digits only, found once for all of them.
 */
const DIGIT_RECOGNIZERS: ReadonlyArray<readonly [IdentifierKind, number, Recognizer]> = [
  ['phone', 7, findPhones],
  ['ca-postal-code', 3, findCanadianPostalCodes],
  ['uk-postcode', 1, findUkPostcodes],
  ['street-address', 1, findStreetAddresses],
  ['ohip', 10, findOntarioHealthNumbers],
  ['ramq-nam', 8, findRamqNams],
  ['nhs-number', 10, findNhsNumbers],
  ['ca-sin', 9, findCanadianSins],
  ['uk-nino', 6, findUkNinos],
  ['case-number', 3, findCaseNumbers],
  ['credit-card', 13, findCreditCards],
  ['iban', 6, findIbans],
];

/** Appends without spreading: a 1 MB input can yield more hits than a call's argument limit. */
function append(target: Candidate[], items: readonly Candidate[]): void {
  for (const item of items) target.push(item);
}

function collect(text: string, wanted: ReadonlySet<IdentifierKind>, monthsAlone: boolean): Candidate[] {
  const candidates: Candidate[] = [];
  const runs = digitRunsOf(text);
  const digits = runs.count;
  const hasDigit = digits > 0;
  if (wanted.has('email') && text.includes('@')) append(candidates, findEmails(text));
  if (wanted.has('url') && text.includes('.')) append(candidates, findUrls(text));
  // IPv6 can be written without digits ("::"), so only the separators gate it.
  if (wanted.has('ip-address') && (hasDigit || text.includes('::'))) append(candidates, findIpAddresses(text));
  if (wanted.has('date') && monthsAlone) append(candidates, findMonthReferences(text));
  if (!hasDigit) return candidates;
  for (const [kind, fewestDigits, find] of DIGIT_RECOGNIZERS) {
    if (digits >= fewestDigits && wanted.has(kind)) append(candidates, find(text, runs));
  }
  if (wanted.has('date') || wanted.has('date-of-birth')) {
    const dates = findDates(text, runs);
    if (wanted.has('date')) append(candidates, dates);
    if (wanted.has('date-of-birth')) append(candidates, findDatesOfBirth(text, dates));
  }
  return candidates;
}

const ALL_KINDS: ReadonlySet<IdentifierKind> = new Set(IDENTIFIER_KINDS);

/**
 * The set of a caller's list of kinds, made once per list: callers pass the same list for every
 * post (a rule's parameters). Weakly held, so a dropped list takes its set with it.
 */
const kindSets = new WeakMap<readonly IdentifierKind[], ReadonlySet<IdentifierKind>>();
function kindSet(kinds: readonly IdentifierKind[]): ReadonlySet<IdentifierKind> {
  let set = kindSets.get(kinds);
  if (set === undefined) kindSets.set(kinds, set = new Set(kinds));
  return set;
}

export interface FindOptions {
  /** The kinds to look for; all by default. */
  readonly kinds?: readonly IdentifierKind[];
  /**
   * Whether a month named on its own ("since March") is a date; true by default. A caller that wants
   * dates only with a year (as dates of birth) says false and saves the month-name scan. Such a
   * month has the lowest score of all and no digits, so it never displaces another candidate.
   */
  readonly monthsAlone?: boolean;
}

/**
 * Finds personal identifiers in `text`: validated numbers (checksums, issuer rules), contact
 * details, addresses and dates. Overlapping candidates are resolved to the kind the evidence favours;
 * spans are `[start, end)` UTF-16 offsets. Pure and deterministic; safe on any input.
 */
export function findIdentifiers(text: string, options?: FindOptions): IdentifierHit[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const wanted = options?.kinds === undefined ? ALL_KINDS : kindSet(options.kinds);
  const candidates = collect(text, wanted, options?.monthsAlone ?? true);
  // Most posts hold no identifier: nothing to resolve or copy.
  if (candidates.length === 0) return [];
  return resolveOverlaps(candidates).map((candidate) => ({
    kind: candidate.kind,
    span: [candidate.start, candidate.end],
    value: text.slice(candidate.start, candidate.end),
    confidence: confidenceOf(candidate.score),
  }));
}
