import { escapeRegExp } from '../../text/escape-regexp.js';

/**
 * Context words: a word naming the identifier near a candidate raises its score, as the
 * identifier guide (shared/guides/identifiers.md) and Presidio's context enhancement do.
 */

const BEFORE = 48;
const AFTER = 24;

/**
 * Builds a case-insensitive pattern matching any of `words` as whole words. An apostrophe in a
 * word also matches the typographic one, and a space matches any run of spaces or a hyphen.
 */
export function contextPattern(words: readonly string[]): RegExp {
  const alternatives = words
    .map((word) => escapeRegExp(word).replace(/'/g, "['’]").replace(/ /g, '[\\s-]+'))
    .join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'iu');
}

/** True when a context word occurs shortly before `start` or shortly after `end`. */
export function hasContext(text: string, start: number, end: number, pattern: RegExp, before = BEFORE, after = AFTER): boolean {
  return pattern.test(text.slice(Math.max(0, start - before), start)) || pattern.test(text.slice(end, end + after));
}
