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

/** Where a pattern's matches sit against the digit runs (see `forEachMatchAtRuns`). */
export interface AtRuns {
  /** How many characters a match may start before its digit (0 by default). */
  readonly lead?: number;
  /** Which digit of a run a match holds: its first (by default) or its last. */
  readonly digit?: 'first' | 'last';
  /** The fewest digits in a row a match holds from that digit on (1 by default): shorter runs are skipped. */
  readonly shortest?: number;
  /** The most digits the run of that digit may hold (no limit by default): longer runs are skipped. */
  readonly longest?: number;
  /** Characters one of which every match has right after the run of that digit: runs followed by another are skipped. */
  readonly followedBy?: string;
}

/**
 * Calls `onMatch` for every match a global scan of `sticky` would find, trying only the starts that
 * lie at most `lead` characters before the first digit of a digit run (or its last, with
 * `digit: 'last'`), in runs of at least `shortest` digits. `sticky` must be a `y` regex every match
 * of which has that digit among its first `lead + 1` characters (the pattern's first digit comes
 * after no other digit: a look-behind or the scan's own greed rules one out); the matches are then
 * the same, in the same order, as a global scan's. A post has a few digit runs at most, so this
 * makes a handful of tries instead of a scan.
 */
export function forEachMatchAtRuns(
  sticky: RegExp, text: string, runs: DigitRuns, where: AtRuns, onMatch: (match: RegExpExecArray) => void,
): void {
  const { bounds } = runs;
  const lead = where.lead ?? 0;
  const last = where.digit === 'last';
  const shortest = where.shortest ?? 1;
  const longest = where.longest ?? Infinity;
  const { followedBy } = where;
  // The first start neither tried yet nor inside a match: where a global scan would go on.
  let from = 0;
  for (let r = 0; r < bounds.length; r += 2) {
    const length = bounds[r + 1]! - bounds[r]!;
    if (length < shortest || length > longest) continue;
    if (followedBy !== undefined && !isOneOf(followedBy, text, bounds[r + 1]!)) continue;
    const anchor = last ? bounds[r + 1]! - 1 : bounds[r]!;
    for (let start = Math.max(from, anchor - lead); start <= anchor; start = from) {
      sticky.lastIndex = start;
      const match = sticky.exec(text);
      from = match === null ? start + 1 : Math.max(sticky.lastIndex, start + 1);
      if (match !== null) onMatch(match);
    }
  }
}

/** Whether the unit at `at` is one of the characters of `chars` (false past the end). */
function isOneOf(chars: string, text: string, at: number): boolean {
  const unit = text.charCodeAt(at);
  for (let k = 0; k < chars.length; k++) if (chars.charCodeAt(k) === unit) return true;
  return false;
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
