import { z } from 'zod';
import { compileLexicon, hasLexicon } from '../../lexicon/compile.js';
import { MOCKING_APPROVAL, PROFANITY, SLUR, VIOLENT_MATERIAL } from '../../lexicon/terms/conduct.js';
import { contentUnits, lexiconHits } from '../units.js';
import { englishProfanityIn } from './english-profanity.js';
import type { Detector, Hit, TextUnit } from '../types.js';

/** Words the English list flags that health and social-service staff use clinically. */
const CLINICAL_WORDS = new Set(['penis', 'vagina', 'anal', 'anus', 'boob', 'tit', 'nipple', 'sex', 'dick', 'cock']);
const profanity = compileLexicon('profanity', PROFANITY);
const slur = compileLexicon('slur', SLUR);
const violent = compileLexicon('violent-material', VIOLENT_MATERIAL);
const mocking = compileLexicon('mocking-approval', MOCKING_APPROVAL);

function englishProfanity(unit: TextUnit): Hit[] {
  return englishProfanityIn(unit.text)
    .filter((match) => !CLINICAL_WORDS.has(match.word))
    .map((match) => ({ field: unit.field, span: [match.start, match.end] as const, kind: 'profanity' }));
}

/** Profanity, slurs and violent material; sharing violence with approval counts as posting it. */
export const obscenity: Detector<Record<string, never>> = {
  id: 'obscenity',
  paramsSchema: z.strictObject({}),
  detect(input) {
    const units = contentUnits(input);
    const hits: Hit[] = [...lexiconHits(profanity, units, 'profanity'), ...lexiconHits(slur, units, 'slur')];
    for (const unit of units) if (!hits.some((h) => h.field === unit.field)) hits.push(...englishProfanity(unit));
    // Violent material: in what one posts, or in what one shares or comments on with approval.
    const everything = input.texts.filter((u) => u.field !== 'profileText');
    const violence = lexiconHits(violent, everything, 'violent-material');
    if (violence.length > 0 && (input.activity.action !== 'comment' && input.activity.action !== 'reply'
      ? true : units.some((u) => hasLexicon(mocking, u.folded)))) hits.push(...violence);
    return hits;
  },
};
