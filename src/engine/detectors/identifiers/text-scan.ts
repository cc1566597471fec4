/** Small helpers the recognizers share for scanning text without allocating much. */

/** Calls `onMatch` for every match of a global regex, restarting from 0 (regexes are module-level). */
export function forEachMatch(pattern: RegExp, text: string, onMatch: (match: RegExpExecArray) => void): void {
  pattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    if (match[0].length === 0) pattern.lastIndex++;
    onMatch(match);
  }
}

/** The ASCII digits of a string, in order (separators dropped). */
export function digitsOf(text: string): string {
  let digits = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) digits += text[i];
  }
  return digits;
}

export function countDigits(text: string, from = 0, to = text.length): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) count++;
  }
  return count;
}

const DIGIT_RUNS = /\d+/g;

/**
 * Counts digits, stopping once `cap` is reached. The native regex scan is several times faster than
 * a character loop on a typical post, which matters because every post goes through it.
 */
export function countDigitsUpTo(text: string, cap: number): number {
  let count = 0;
  DIGIT_RUNS.lastIndex = 0;
  let run: RegExpExecArray | null;
  while (count < cap && (run = DIGIT_RUNS.exec(text)) !== null) count += run[0].length;
  return Math.min(count, cap);
}

/** True when every character is the same (e.g. `111111111`), which no issuer assigns. */
export function isRepeatedCharacter(text: string): boolean {
  for (let i = 1; i < text.length; i++) if (text[i] !== text[0]) return false;
  return text.length > 0;
}

/** True when the first letter of `text` is an ASCII upper-case letter. */
export function startsUpperCase(text: string): boolean {
  const code = text.charCodeAt(0);
  return code >= 65 && code <= 90;
}
