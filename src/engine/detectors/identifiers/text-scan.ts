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
 * Where the ASCII digits of a text are, as `[start, end)` pairs of its digit runs, found with one
 * native scan. Most recognizers match only where a digit is, so they are tried at these places
 * instead of scanning the whole text each (a post has few digits, if any).
 */
export interface DigitRuns {
  /** Flat `start, end` pairs, in text order. */
  readonly bounds: readonly number[];
  /** How many digits the runs hold. */
  readonly count: number;
}

export function digitRunsOf(text: string): DigitRuns {
  const bounds: number[] = [];
  let count = 0;
  DIGIT_RUNS.lastIndex = 0;
  let run: RegExpExecArray | null;
  while ((run = DIGIT_RUNS.exec(text)) !== null) {
    bounds.push(run.index, run.index + run[0].length);
    count += run[0].length;
  }
  return { bounds, count };
}

/**
 * Calls `onMatch` for every match a global scan of `sticky` would find, trying only the starts that
 * lie at most `lead` characters before a digit. `sticky` must be a `y` regex each of whose matches
 * holds an ASCII digit within its first `lead + 1` characters; the matches are then the same, in the
 * same order, as `forEachMatch` with the global form of the pattern.
 */
export function forEachMatchNearDigits(
  sticky: RegExp, text: string, runs: DigitRuns, lead: number, onMatch: (match: RegExpExecArray) => void,
): void {
  const { bounds } = runs;
  // `next`: where a global scan would resume; `untried`: the first start not tried yet.
  let next = 0;
  let untried = 0;
  for (let r = 0; r < bounds.length; r += 2) {
    const runEnd = bounds[r + 1]!;
    for (let digit = bounds[r]!; digit < runEnd; digit++) {
      for (let start = Math.max(next, untried, digit - lead); start <= digit; start++) {
        sticky.lastIndex = start;
        const match = sticky.exec(text);
        untried = start + 1;
        if (match === null) continue;
        next = untried = Math.max(sticky.lastIndex, start + 1);
        onMatch(match);
        break;
      }
    }
  }
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
