import { franc } from 'franc-all';
import { z } from 'zod';
import { compileLexicon, matchLexicon } from '../../lexicon/compile.js';
import { ENGLISH_FRENCH_FUNCTION_WORDS, WELSH_GREETING_WORDS, WELSH_WORDS, WELSH_WORD_SHAPES } from '../../lexicon/terms/welsh.js';
import { memoByText } from '../../text/text-memo.js';
import type { Detector } from '../types.js';

const welsh = compileLexicon('welsh-words', WELSH_WORDS);
const LANGUAGES = ['cym', 'eng', 'fra'];
const WELSH_WORD_SET: ReadonlySet<string> = new Set(WELSH_WORDS.map((w) => w.toLowerCase()));

const params = z.strictObject({
  /** Distinct Welsh words from which a text has a Welsh passage, not just a Welsh greeting. */
  minWelshWords: z.number().int().min(1).max(50).default(4),
});

/**
 * Whether a sentence long enough to judge reads as Welsh; a mixed post is judged sentence by
 * sentence. Only sentences with a common Welsh word are put to the language identifier, which
 * costs ~100 µs a sentence: a Welsh sentence of 25 characters without one is not to be met.
 */
function hasWelshSentence(text: string, welshWordStarts: readonly number[]): boolean {
  const sentence = /[^.!?\n]+(?:[.!?]+|\n+|$)/g;
  for (const m of text.matchAll(sentence)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[0].trim().length < 25 || !welshWordStarts.some((at) => at >= start && at < end)) continue;
    if (franc(m[0].trim(), { only: LANGUAGES, minLength: 25 }) === 'cym') return true;
  }
  return false;
}

/** Whether one lower-cased word is a common Welsh word or has the shape of one. */
function readWelsh(word: string): boolean {
  return WELSH_WORD_SET.has(word) || WELSH_WORD_SHAPES.some((shape) => shape.test(word));
}

/** Words already read: a language's words repeat, and each shape test is a regular-expression call. */
const MOST_READ_WORDS = 20_000;
const looksWelsh = memoByText(readWelsh, { max: MOST_READ_WORDS });

const WORD = /\p{L}[\p{L}'\u2019-]*/gu;

/** Normalized as the passage reading compares words: lower case, typographic apostrophe as "'". */
const wordForm = (word: string): string => word.toLowerCase().replace(/\u2019/gu, "'");

/**
 * A Welsh word that is not a greeting's and not an English or French function word; kept by the
 * word as written (most words of a post were met before), so its form is made once.
 */
const isWelshBeyondGreeting = memoByText((word: string): boolean => {
  const form = wordForm(word);
  return !ENGLISH_FRENCH_FUNCTION_WORDS.has(form) && !WELSH_GREETING_WORDS.has(form) && looksWelsh(form);
}, { max: MOST_READ_WORDS });

/**
 * Whether the text holds two words that are Welsh and more than a greeting's: no segment of it
 * can be a Welsh passage without them, and most texts have none, so most are read only once.
 */
function hasTwoWelshWords(text: string): boolean {
  let found = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) if (isWelshBeyondGreeting(m[0]) && ++found === 2) return true;
  return false;
}

/**
 * Whether a segment of the text (a sentence, a line, or a part set off by "|", a spaced dash or
 * an emoji, as a bilingual bio or title is) is a Welsh passage: words that are Welsh by the
 * lexicon or by their shape outnumber English and French function words, two of them are more than
 * a greeting's, and the language identifier reads the segment as Welsh. Names are not evidence:
 * a capitalised word inside a segment (Ysbyty Gwynedd, Cwm Taf, "Gwirfoddolwyr CIC Gogledd
 * Cymru") is left out, so an English post with Welsh place names, or a Welsh name over an English
 * description, has no Welsh passage.
 */
function hasWelshPassage(text: string): boolean {
  if (!hasTwoWelshWords(text)) return false;
  const segment = /[^.!?\n|\p{Extended_Pictographic}]+/gu;
  for (const m of text.matchAll(segment)) {
    for (const part of m[0].split(/\s[-\u2013\u2014]\s/u)) {
      const words = [...part.matchAll(/\p{L}[\p{L}'\u2019-]*/gu)];
      let welsh = 0;
      let beyondGreeting = 0;
      let other = 0;
      let counted = 0;
      for (const [i, w] of words.entries()) {
        const word = w[0];
        if (i > 0 && /^\p{Lu}/u.test(word)) continue;
        counted += 1;
        const lower = wordForm(word);
        if (ENGLISH_FRENCH_FUNCTION_WORDS.has(lower)) other += 1;
        else if (looksWelsh(lower)) {
          welsh += 1;
          if (!WELSH_GREETING_WORDS.has(lower)) beyondGreeting += 1;
        }
      }
      if (counted < 3 || beyondGreeting < 2 || welsh <= other) continue;
      if (franc(part.trim(), { only: LANGUAGES, minLength: 1 }) === 'cym') return true;
    }
  }
  return false;
}

/**
 * Official content with no Welsh alongside the English (CHC: "must comply with the Welsh Language
 * Standards"). Welsh only is fine; a lone "Diolch!" does not make a post bilingual.
 */
export const welshMissing: Detector<z.infer<typeof params>> = {
  id: 'welsh-missing',
  paramsSchema: params,
  detect({ texts }, p) {
    const text = texts.find((u) => u.field === 'text');
    if (text === undefined || !/\p{L}{3}/u.test(text.text)) return [];
    const spans = matchLexicon(welsh, text.folded);
    // Greeting and thanks words do not count towards a Welsh passage: "Nadolig Llawen a Blwyddyn Newydd Dda!" is a greeting.
    const words = new Set(spans.map(([s, e]) => text.folded.slice(s, e)).filter((w) => !WELSH_GREETING_WORDS.has(w)));
    if (words.size >= p.minWelshWords || hasWelshSentence(text.text, spans.filter(([s, e]) => !WELSH_GREETING_WORDS.has(text.folded.slice(s, e))).map(([s]) => s)) || hasWelshPassage(text.text)) return [];
    return [{ field: 'text', span: [0, text.text.length], kind: 'no-welsh' }];
  },
};
