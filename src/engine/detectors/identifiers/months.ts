/**
 * Month names in English, French and Welsh (with common abbreviations), longest first so that an
 * alternation prefers "September" to "Sep". Welsh: Ionawr … Rhagfyr (Geiriadur Prifysgol Cymru).
 */
const MONTH_NAMES = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'janvier', 'février', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'aout', 'septembre',
  'octobre', 'novembre', 'décembre', 'decembre', 'janv', 'févr', 'fevr', 'avr', 'juil', 'déc',
  'ionawr', 'chwefror', 'mawrth', 'ebrill', 'mehefin', 'gorffennaf', 'awst', 'medi', 'hydref', 'tachwedd', 'rhagfyr',
];

/** A regex source matching one month name (case-insensitive use), with an optional abbreviation dot. */
export const MONTH = `(?:${[...new Set(MONTH_NAMES)].sort((a, b) => b.length - a.length).join('|')})\\.?`;
