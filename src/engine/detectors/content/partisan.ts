import { z } from 'zod';
import { compileLexicon, hasLexicon, matchLexicon } from '../../lexicon/compile.js';
import { NEGATIVE_JUDGEMENT } from '../../lexicon/terms/organization.js';
import { CAPITALIZED_PARTY, PARTISAN_CALL, PARTY, STANCE } from '../../lexicon/terms/politics.js';
import { contentUnits } from '../units.js';
import type { Detector, Hit } from '../types.js';

const party = compileLexicon('party', PARTY);
const call = compileLexicon('partisan-call', PARTISAN_CALL);
const stance = compileLexicon('stance', [...NEGATIVE_JUDGEMENT, ...STANCE]);

/** Partisan political opinion: a call to vote, a partisan hashtag, or a party named with a stance. */
export const partisan: Detector<Record<string, never>> = {
  id: 'partisan',
  paramsSchema: z.strictObject({}),
  detect(input) {
    const hits: Hit[] = [];
    for (const unit of contentUnits(input)) {
      for (const span of matchLexicon(call, unit.folded)) hits.push({ field: unit.field, span, kind: 'call' });
      const parties = [...matchLexicon(party, unit.folded)];
      CAPITALIZED_PARTY.lastIndex = 0;
      for (const m of unit.text.matchAll(CAPITALIZED_PARTY)) {
        // "Plaid" of "Plaid Cymru" is already there.
        if (!parties.some(([start, end]) => start <= m.index && m.index < end)) parties.push([m.index, m.index + m[0].length]);
      }
      if (parties.length > 0 && hasLexicon(stance, unit.folded)) {
        for (const span of parties) hits.push({ field: unit.field, span, kind: 'party' });
      }
    }
    return hits;
  },
};
