import { contextPattern, hasContext } from './context.js';
import { type DigitRuns, digitRunsOf, forEachMatchAtRuns } from './text-scan.js';
import { SCORE, type Candidate } from './types.js';

/**
 * Street addresses as written in Ontario, Québec, England and Wales: a civic number, then either
 * an English name followed by its street type ("45 Queen Street", "221B Baker St."), or a French or
 * Welsh street type followed by the name ("123, rue Principale", "12 Heol y Bont"). Street types are
 * Canada Post's civic-address abbreviations list and Royal Mail / Welsh usage.
 */
/** The civic number; the pattern starts at its first digit, then looks behind (faster than the reverse). */
const NUMBER = '\\d(?<![\\p{L}\\p{N}]\\d)\\d{0,4}(?:[A-Za-z](?![\\p{L}]))?(?:-\\d{1,5})?,?\\s+';
const NAME_WORD = "(?:\\p{Lu}[\\p{L}'’.-]*|\\d{1,3}(?:st|nd|rd|th|e|re|ème))";

/** Either case for the first letter: "Street"/"street", "Rue"/"rue". */
function types(words: readonly string[]): string {
  return words.map((word) => `[${word[0]!.toUpperCase()}${word[0]!.toLowerCase()}]${word.slice(1)}`).join('|');
}

const ENGLISH_TYPES = types([
  'Street', 'St', 'Road', 'Rd', 'Avenue', 'Ave', 'Boulevard', 'Blvd', 'Drive', 'Dr', 'Lane', 'Ln', 'Court', 'Ct',
  'Crescent', 'Cres', 'Way', 'Place', 'Pl', 'Terrace', 'Close', 'Grove', 'Gardens', 'Square', 'Sq', 'Parkway',
  'Pkwy', 'Highway', 'Hwy', 'Trail', 'Circle', 'Mews', 'Row',
]);
const FRENCH_WELSH_TYPES = types([
  'rue', 'avenue', 'av', 'boulevard', 'boul', 'bd', 'chemin', 'ch', 'rang', 'route', 'rte', 'place', 'montée',
  'côte', 'allée', 'impasse', 'croissant', 'promenade', 'ruelle', 'terrasse', 'carré', 'quai', 'cours',
  'heol', 'ffordd', 'stryd', 'lôn', 'lon', 'teras', 'rhodfa', 'cilgant', 'clos', 'maes',
]);
/** Articles that may sit between a French or Welsh type and the name: "rue de la Montagne", "Heol y Bont". */
const PARTICLE = "(?:(?:de\\s+la|de\\s+l['’]|du|des|de|d['’]|l['’]|la|le|les|y|yr|['’]r)\\s*)";

const STREET_ADDRESS = new RegExp(
  `${NUMBER}(?:(?:${NAME_WORD}\\s+){1,4}(?:${ENGLISH_TYPES})\\.?(?![\\p{L}\\p{N}])` +
    `|(?:${FRENCH_WELSH_TYPES})\\.?\\s+${PARTICLE}?${NAME_WORD}(?:[\\s-]+${PARTICLE}?\\p{Lu}[\\p{L}'’-]*){0,3})`,
  'yu',
);

const ADDRESS_CONTEXT = contextPattern([
  'address', 'lives at', 'living at', 'lives on', 'home', 'moved to', 'adresse', 'habite', 'demeure', 'domicile',
  'cyfeiriad', 'byw yn', 'yn byw',
]);

export function findStreetAddresses(text: string, runs: DigitRuns = digitRunsOf(text)): Candidate[] {
  const found: Candidate[] = [];
  forEachMatchAtRuns(STREET_ADDRESS, text, runs, {}, (match) => {
    const start = match.index;
    const end = start + match[0].replace(/[\s,]+$/u, '').length;
    const score = hasContext(text, start, end, ADDRESS_CONTEXT) ? 0.85 : SCORE.likely;
    found.push({ kind: 'street-address', start, end, score });
  });
  return found;
}
