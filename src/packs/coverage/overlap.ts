import { foldQuotes } from './cues.js';

/** A span of text, in its characters: [start, end). */
export type Span = readonly [number, number];

/** Text compared the way the pack test compares quotes: no emphasis marks, one space, quotes folded. */
export function matchKey(text: string): string {
  return foldQuotes(text.replace(/[*\\]/gu, '').replace(/\s+/gu, ' ').trim());
}

/**
 * The policy as its sentences read one after the other (headings, numbers and page furniture
 * left out), with where each sentence starts. Quotes are found in it, not sentence by sentence,
 * so a quote spanning two sentences covers both, and "S-103 Confidentiality" in a reference list
 * is not mistaken for the end of the clause that cites it.
 */
export interface Reading {
  readonly text: string;
  readonly starts: readonly number[];
}

export function readingOf(sentences: ReadonlyArray<{ text: string }>): Reading {
  const starts: number[] = [];
  let text = '';
  for (const s of sentences) {
    if (text !== '') text += ' ';
    starts.push(text.length);
    text += foldQuotes(s.text);
  }
  return { text, starts };
}

/** A quote this short counts only where it is exactly a sentence (a list item like "Legislation;"). */
const MIN_WORDS = 4;

/** Where a quoted part (as `matchKey` gives it) sits in the reading. */
export function locate(reading: Reading, part: string): Span[] {
  if (part === '') return [];
  const short = part.split(' ').length < MIN_WORDS;
  const spans: Span[] = [];
  for (let i = reading.text.indexOf(part); i !== -1; i = reading.text.indexOf(part, i + 1)) {
    const end = i + part.length;
    const isSentence = reading.starts.includes(i) && (end === reading.text.length || reading.starts.includes(end + 1));
    if (!short || isSentence) spans.push([i, end]);
  }
  return spans;
}

/** The spans that fall in sentence `index`, in that sentence's own offsets. */
export function spansInSentence(reading: Reading, index: number, length: number, spans: readonly Span[]): Span[] {
  const start = reading.starts[index]!;
  return spans
    .map(([a, b]): Span => [Math.max(a, start) - start, Math.min(b, start + length) - start])
    .filter(([a, b]) => b > a);
}

/** How many characters of [start, end) the spans cover. */
export function coveredLength(start: number, end: number, spans: readonly Span[]): number {
  let covered = 0;
  for (let i = start; i < end; i++) if (spans.some(([a, b]) => a <= i && i < b)) covered++;
  return covered;
}
