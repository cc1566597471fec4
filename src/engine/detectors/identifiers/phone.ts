import { type CountryCode } from 'libphonenumber-js/core';
import { contextPattern, hasContext } from './context.js';
import { isFictionNumber } from './phone-fiction.js';
import { lookUpPhones, type PhoneLookup } from './phone-lookup.js';
import { countDigits, type DigitRuns, digitRunsOf, forEachMatchAtRuns } from './text-scan.js';
import { SCORE, type Candidate } from './types.js';

/**
 * Phone numbers, found and validated by libphonenumber-js with Canada (NANP) and UK defaults.
 * The library costs tens of microseconds a call, so a cheap pass first picks out digit runs that
 * could be a phone number (7–15 digits, identifiers guide §7) and asks the library about those only.
 */
const DIGIT_RUN = /(?:\+|\(\s?)?\d(?:[\d\u00a0 ().\u2010-\u2015-]*\d)?/yu;

const STRONG_CONTEXT = contextPattern([
  'phone', 'telephone', 'tel', 'call', 'calls', 'calling', 'call me', 'text', 'text me', 'txt', 'mobile', 'cell', 'cellphone',
  'fax', 'ring', 'whatsapp', 'contact', 'reach', 'téléphone', 'tél', 'cellulaire', 'portable', 'appelez', 'appeler',
  'appelle', 'joindre', 'texto', 'renseignements', 'ffôn', 'ffon', 'ffonio', 'ffoniwch', 'symudol',
]);
/** "my number is …": enough to accept a possible-but-unvalidated number, not to outrank a checksum. */
const WEAK_CONTEXT = contextPattern(['number', 'numéro', 'num', 'rhif']);

/** Which default regions to ask about, from how the run is written (trunk 0, +, NANP length). */
function regionsFor(run: string, digits: number): CountryCode[] {
  const first = run.replace(/^[(\s]+/, '')[0];
  if (first === '+') return ['CA'];
  if (first === '0') return ['GB'];
  if (digits === 10 || digits === 7 || (digits === 11 && first === '1')) return ['CA'];
  return [];
}

/**
 * A number written with its country code but without the "+" ("91-415-555-0132", "44 20 7946
 * 0958"): a first group of one to three digits, then grouped digits, 11–15 in all (E.164).
 */
const COUNTRY_CODE_FIRST = /^[1-9]\d{0,2}[ .\u2010-\u2015-]\d/u;

/** Longest stretch handed to the library at once; real numbers are under 25 characters. */
const MAX_PIECE = 48;
const GROUP_END = /\d{4} /g;

/**
 * Cuts a long run (a list or table of numbers) into pieces at spaces, preferably after a group of
 * four digits where a number usually ends, so the library never sees a huge string.
 */
function piecesOf(run: string): Array<[number, string]> {
  if (run.length <= MAX_PIECE) return [[0, run]];
  const pieces: Array<[number, string]> = [];
  let from = 0;
  while (from < run.length) {
    let cut = run.length;
    if (run.length - from > MAX_PIECE) {
      const window = run.slice(from, from + MAX_PIECE);
      let lastGroupEnd = -1;
      GROUP_END.lastIndex = 0;
      for (let m = GROUP_END.exec(window); m !== null; m = GROUP_END.exec(window)) lastGroupEnd = m.index + 4;
      const lastSpace = window.lastIndexOf(' ');
      cut = from + (lastGroupEnd > 0 ? lastGroupEnd : lastSpace > 0 ? lastSpace : MAX_PIECE);
    }
    const piece = run.slice(from, cut);
    const lead = piece.length - piece.trimStart().length;
    if (piece.trim() !== '') pieces.push([from + lead, piece.trim()]);
    from = cut;
  }
  return pieces;
}

function scoreFor(number: PhoneLookup, text: string, start: number, end: number): number {
  const strong = hasContext(text, start, end, STRONG_CONTEXT);
  if (number.valid) {
    if (strong) return SCORE.confirmed;
    // A leading country code is how only phone numbers are written.
    if (text[start] === '+') return 0.7;
    // A number of the regions Postwise serves is likelier a phone than another kind of 10-digit number.
    return number.country === 'CA' || number.country === 'GB' ? 0.65 : 0.55;
  }
  if (isFictionNumber(number.nationalNumber)) return strong ? 0.7 : 0.5;
  if (strong || hasContext(text, start, end, WEAK_CONTEXT)) return 0.4;
  return 0;
}

export function findPhones(text: string, runs: DigitRuns = digitRunsOf(text)): Candidate[] {
  const found: Candidate[] = [];
  // A run starts at its first digit or up to two characters before it ("+", "( ").
  forEachMatchAtRuns(DIGIT_RUN, text, runs, { lead: 2 }, (run) => {
    if (countDigits(run[0]) < 7) return;
    for (const [offset, piece] of piecesOf(run[0])) findInPiece(text, run.index + offset, piece, found);
  });
  return found;
}

function findInPiece(text: string, pieceStart: number, piece: string, found: Candidate[]): void {
  const digits = countDigits(piece);
  if (digits < 7) return;
  // A 7-digit local number (555-0123) is a phone only when the text says so.
  const pieceEnd = pieceStart + piece.length;
  if (digits === 7 && !hasContext(text, pieceStart, pieceEnd, STRONG_CONTEXT) && !hasContext(text, pieceStart, pieceEnd, WEAK_CONTEXT)) return;
  const regions = regionsFor(piece, digits > 15 ? 10 : digits);
  // Read as international only when no region's own way of writing applies, and only if valid.
  if (regions.length === 0 && digits >= 11 && digits <= 15 && COUNTRY_CODE_FIRST.test(piece)) {
    const [number] = lookUpPhones(`+${piece}`, 'CA', digits);
    if (number?.valid === true && number.startsAt === 0 && number.endsAt === piece.length + 1) {
      const start = pieceStart;
      const end = pieceStart + piece.length;
      found.push({ kind: 'phone', start, end, score: scoreFor(number, text, start, end) });
    }
    return;
  }
  for (const region of regions) {
    for (const number of lookUpPhones(piece, region, digits)) {
      const start = pieceStart + number.startsAt;
      const end = pieceStart + number.endsAt;
      // A number glued to a word ("ZT50 0410 0100", "is415-555-0132") may be part of a code.
      const glued = /\p{L}/u.test(text.charAt(start - 1));
      const score = glued ? Math.min(SCORE.weak, scoreFor(number, text, start, end)) : scoreFor(number, text, start, end);
      if (score > 0) found.push({ kind: 'phone', start, end, score });
    }
  }
}
