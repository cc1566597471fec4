import { franc } from 'franc-all';
import { z } from 'zod';
import { compileLexicon, matchLexicon } from '../../lexicon/compile.js';
import { WELSH_WORDS } from '../../lexicon/terms/welsh.js';
import type { Detector } from '../types.js';

const welsh = compileLexicon('welsh-words', WELSH_WORDS);
const LANGUAGES = ['cym', 'eng', 'fra'];

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
    const words = new Set(spans.map(([s, e]) => text.folded.slice(s, e)));
    if (words.size >= p.minWelshWords || hasWelshSentence(text.text, spans.map(([s]) => s))) return [];
    return [{ field: 'text', span: [0, text.text.length], kind: 'no-welsh' }];
  },
};
