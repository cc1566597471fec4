import { contextPattern, hasContext } from './context.js';
import { SCORE, type Candidate } from './types.js';

/**
 * A date of birth is a date with birth context next to it: EN "born", "DOB", "date of birth",
 * "birthday"; FR "né le", "née le", "date de naissance"; CY "dyddiad geni", "ganwyd", "pen-blwydd".
 */
const BIRTH_CONTEXT = contextPattern([
  'born', 'born on', 'DOB', 'D.O.B', 'D.O.B.', 'date of birth', 'birth date', 'birthdate', 'birthday', 'b-day', 'bday',
  'né', 'née', 'né(e)', 'né le', 'née le', 'date de naissance', 'naissance', 'DDN',
  'dyddiad geni', 'ganwyd', 'geni', 'pen-blwydd', 'penblwydd', 'pen blwydd',
]);

/**
 * A cheap test for any birth word anywhere in the text (plain, case-insensitive, no word boundaries):
 * most posts have none, and then no date needs its own context check.
 */
const ANY_BIRTH_WORD = /born|birth|b-?day|dob|d\.o\.b|né|naissance|ddn|geni|ganwyd|blwydd/i;

/** How much of a birth date a plain date gives away: a full date identifies, a year alone barely. */
function birthScore(date: Candidate): number {
  if (date.score >= 0.45) return SCORE.confirmed;
  if (date.score >= 0.3) return SCORE.likely;
  return 0.4;
}

/** Turns the plain dates of `text` that sit next to birth words into dates of birth. */
export function findDatesOfBirth(text: string, dates: readonly Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  if (dates.length === 0 || !ANY_BIRTH_WORD.test(text)) return found;
  for (const date of dates) {
    if (!hasContext(text, date.start, date.end, BIRTH_CONTEXT, 32, 16)) continue;
    found.push({ kind: 'date-of-birth', start: date.start, end: date.end, score: birthScore(date) });
  }
  return found;
}
