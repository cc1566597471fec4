import { z } from 'zod';
import { compileLexicon, type Lexicon } from '../../lexicon/compile.js';
import { LEXICON_NAMES, namedLexicon } from '../../lexicon/named.js';
import { contentUnits, fieldsParam, lexiconHits } from '../units.js';
import type { Detector } from '../types.js';

const params = z.strictObject({
  /** A built-in lexicon, or `terms` of the pack's own (patterns over folded text: lower case, no accents). */
  lexicon: z.enum(LEXICON_NAMES).optional(),
  terms: z.array(z.string().min(1).max(300).refine((t) => { try { new RegExp(t, 'u'); return true; } catch { return false; } }, 'not a valid pattern')).min(1).optional(),
  fields: fieldsParam,
}).refine((p) => (p.lexicon === undefined) !== (p.terms === undefined), 'give exactly one of "lexicon" or "terms"');

/** A pack's own terms, compiled once per pack rule (its params object lives as long as the pack). */
const packLexicons = new WeakMap<readonly string[], Lexicon>();
function packLexicon(terms: readonly string[]): Lexicon {
  let lexicon = packLexicons.get(terms);
  if (lexicon === undefined) packLexicons.set(terms, lexicon = compileLexicon('pack-terms', terms));
  return lexicon;
}

/** Words and phrases from a lexicon, in the activity's own text (and what it likes or shares). */
export const lexiconDetector: Detector<z.infer<typeof params>> = {
  id: 'lexicon',
  paramsSchema: params,
  detect(input, p) {
    const lexicon = p.lexicon ? namedLexicon(p.lexicon) : packLexicon(p.terms ?? []);
    return lexiconHits(lexicon, contentUnits(input, p.fields), p.lexicon ?? 'terms');
  },
};
