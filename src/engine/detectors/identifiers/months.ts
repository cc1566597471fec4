/**
 * Month names in English, French and Welsh, in lower case. Welsh: Ionawr … Rhagfyr (Geiriadur
 * Prifysgol Cymru).
 */
export const EN_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
export const FR_MONTHS = ['janvier', 'février', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'aout', 'septembre', 'octobre', 'novembre', 'décembre', 'decembre'];
export const CY_MONTHS = ['ionawr', 'chwefror', 'mawrth', 'ebrill', 'mai', 'mehefin', 'gorffennaf', 'awst', 'medi', 'hydref', 'tachwedd', 'rhagfyr'];

/** Common abbreviations, English and French. */
const ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'janv', 'févr', 'fevr', 'avr', 'juil', 'déc'];

/**
 * A regex source matching one month name or abbreviation (case-insensitive use), with an optional
 * abbreviation dot; longest first so that an alternation prefers "September" to "Sep".
 */
export const MONTH = `(?:${[...new Set([...EN_MONTHS, ...FR_MONTHS, ...CY_MONTHS, ...ABBREVIATIONS])].sort((a, b) => b.length - a.length).join('|')})\\.?`;
