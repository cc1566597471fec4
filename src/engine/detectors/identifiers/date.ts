import { CY_MONTHS, EN_MONTHS, FR_MONTHS, MONTH } from './months.js';
import { digitRunsOf, forEachMatch, forEachMatchAtRuns, type DigitRuns } from './text-scan.js';
import { type Candidate } from './types.js';

/**
 * Calendar dates in the forms posts and Presidio's DATE_TIME vectors use: ISO 8601 date-times,
 * numeric dates (5/20/2021, 21.5.21, 2021-05-21), month/day and month/year (5/21, 05/2021), dates with
 * a month name in English, French or Welsh (5 May 2021, May 1st, 1977, 5-MAY-2021, le 1er mai 1980),
 * and a bare year. Plain dates are weak evidence on their own; the date-of-birth recognizer and the
 * rules give them weight.
 */
/**
 * Patterns start with a digit and then look behind it: a scan that starts with a look-behind is slower.
 * They are sticky: every match starts at a digit, so they are tried at the text's digits only.
 */
const B = '\\d(?<![\\p{L}\\p{N}]\\d)';
const E = '(?![\\p{L}\\p{N}])';
const ISO_DATE_TIME = new RegExp(
  `${B}\\d{3}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?(?:Z|[+-]\\d{2}:?\\d{2})?${E}`, 'yu');
const NUMERIC_DATE = new RegExp(`(\\d(?<![\\p{L}\\p{N}./-]\\d)\\d{0,3})([-/.])(\\d{1,2})\\2(\\d{2}|\\d{4})(?![\\p{L}\\p{N}%]|[-/.]\\d)`, 'yu');
const SHORT_DATE = new RegExp(`(\\d(?<![\\p{L}\\p{N}./-]\\d)\\d?)/(\\d{4}|\\d{1,2})(?![\\p{L}\\p{N}%]|[-/.]\\d)`, 'yu');
/**
 * Dates with a month name are found from their digits, which are rare in a post, rather than by
 * trying every month name at every letter. Day first: "5 May 2021", "5-MAY-2021", "21-May", "1er mai".
 */
const DAY_FIRST = new RegExp(
  `${B}\\d?(?:st|nd|rd|th|er|re|e|ed|af|ydd|fed)?(?:[-\\s]|\\s+o\\s+)${MONTH}(?:[-\\s,]+(?:\\d{4}|\\d{2}))?${E}`,
  'yiu',
);
/** Month first: "May 1st, 1977", "March 3 1980", "May-2021", "May-21"; the month is captured in a look-behind. */
const MONTH_FIRST = new RegExp(
  `\\d(?<=(?<![\\p{L}\\p{N}])(${MONTH})[-\\s]+\\d)(\\d{0,3})(st|nd|rd|th|er)?(,?\\s+\\d{4})?${E}`,
  'dyiu',
);
const BARE_YEAR = /(?<![\p{L}\p{N}$£€#.,/:-]|\p{N}[ -])(?:19|20)\d{2}(?![\p{L}\p{N}]|[.,/:-]\d|[ -]\p{N})/yu;

function isDayMonth(day: number, month: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** Accepts year-month-day, day-month-year and month-day-year readings of a numeric date. */
function plausibleNumericDate(first: string, second: string, third: string): boolean {
  const [a, b, c] = [Number(first), Number(second), Number(third)];
  if (first.length === 4) return third.length <= 2 && isDayMonth(c, b);
  if (first.length === 3) return false;
  return isDayMonth(a, b) || isDayMonth(b, a);
}

/** "5/21", "21/05" and "05/2021"; "24/7" (around the clock) is not a date since 7 is not zero-padded. */
function plausibleShortDate(first: string, second: string): boolean {
  const [a, b] = [Number(first), Number(second)];
  if (second.length === 4) return a >= 1 && a <= 12;
  if (a >= 1 && a <= 12) return b >= 1 && b <= 31;
  return second.length === 2 && isDayMonth(a, b);
}

/**
 * Month first: one or two digits are a day (May 1st, May 21), four a year (May 2021); a day may be
 * followed by a year. "may 5" in lower case is the verb, so the month must not be "may" in lower case.
 */
function plausibleMonthFirst(month: string, digits: string, suffix: string | undefined, year: string | undefined): boolean {
  if (month === 'may') return false;
  if (digits.length === 4) return suffix === undefined && year === undefined;
  const day = Number(digits);
  return digits.length <= 2 && day >= 1 && day <= 31;
}

/**
 * A month named on its own ("in May", "since March", "depuis mars", "ym mis Mai"): a date, weak as a
 * bare year. English and Welsh months count only capitalized, so "may" the verb and "march" the
 * walk never do, and a preposition of time must come first. Found from the month name (a quick
 * scan: few words are month names), then the words before it are read.
 */
const capitalized = (names: readonly string[]) => names.map((name) => name.charAt(0).toUpperCase() + name.slice(1));
const EN_NAMES = capitalized(EN_MONTHS);
const CY_NAMES = capitalized(CY_MONTHS);
const MONTH_WORD = new RegExp(`\\b(?:${[...new Set([...EN_NAMES, ...FR_MONTHS, ...CY_NAMES])].join('|')})(?![\\p{L}\\p{N}])`, 'gu');
const EN_BEFORE = /(?<![\p{L}\p{N}])(?:in|since|until|till|by|from|last|next|this|early|late|mid|during|through|throughout)\s+$/u;
const FR_BEFORE = /(?<![\p{L}\p{N}])(?:en|depuis|dès|jusqu['’]en|fin|début|debut)\s+$|(?<![\p{L}\p{N}])mi-$/u;
const CY_BEFORE = /(?<![\p{L}\p{N}])mis\s+$/u;
const LOOK_BEFORE = 16;

function isMonthReference(text: string, start: number, month: string): boolean {
  const before = text.slice(Math.max(0, start - LOOK_BEFORE), start);
  return (EN_NAMES.includes(month) && EN_BEFORE.test(before)) || (FR_MONTHS.includes(month) && FR_BEFORE.test(before))
    || (CY_NAMES.includes(month) && CY_BEFORE.test(before));
}

/** Months named on their own, as weak dates; unlike the others, found in a post without digits. */
export function findMonthReferences(text: string): Candidate[] {
  const found: Candidate[] = [];
  forEachMatch(MONTH_WORD, text, (m) => {
    if (isMonthReference(text, m.index, m[0])) found.push({ kind: 'date', start: m.index, end: m.index + m[0].length, score: 0.2 });
  });
  return found;
}

function date(start: number, end: number, score: number): Candidate {
  return { kind: 'date', start, end, score };
}

/**
 * `runs`: the text's digits, when the caller has them already. Each pattern is tried only at runs of
 * the lengths it can hold (its first digit run is whole: a digit never comes before its first one,
 * nor where its pattern expects something else), and followed by its separator where it needs one.
 */
export function findDates(text: string, runs: DigitRuns = digitRunsOf(text)): Candidate[] {
  const found: Candidate[] = [];
  if (runs.count === 0) return found;
  forEachMatchAtRuns(ISO_DATE_TIME, text, runs, { shortest: 4, longest: 4, followedBy: '-' }, (m) => found.push(date(m.index, m.index + m[0].length, 0.5)));
  forEachMatchAtRuns(NUMERIC_DATE, text, runs, { longest: 4, followedBy: '-/.' }, (m) => {
    if (plausibleNumericDate(m[1]!, m[3]!, m[4]!)) found.push(date(m.index, m.index + m[0].length, 0.45));
  });
  forEachMatchAtRuns(SHORT_DATE, text, runs, { longest: 2, followedBy: '/' }, (m) => {
    if (plausibleShortDate(m[1]!, m[2]!)) found.push(date(m.index, m.index + m[0].length, 0.3));
  });
  forEachMatchAtRuns(DAY_FIRST, text, runs, { longest: 2 }, (m) => found.push(date(m.index, m.index + m[0].replace(/[\s,.-]+$/u, '').length, 0.45)));
  forEachMatchAtRuns(MONTH_FIRST, text, runs, { longest: 4 }, (m) => {
    if (plausibleMonthFirst(m[1]!, m[0][0] + m[2]!, m[3], m[4])) found.push(date(m.indices![1]![0], m.index + m[0].length, 0.45));
  });
  forEachMatchAtRuns(BARE_YEAR, text, runs, { shortest: 4, longest: 4 }, (m) => found.push(date(m.index, m.index + m[0].length, 0.2)));
  return found;
}
