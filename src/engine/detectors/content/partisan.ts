import { z } from 'zod';
import { compileLexicon, hasLexicon, matchLexicon } from '../../lexicon/compile.js';
import { LEXICON_NAMES, namedLexicon } from '../../lexicon/named.js';
import { NEGATIVE_JUDGEMENT } from '../../lexicon/terms/organization.js';
import { CAPITALIZED_PARTY, ELECTION_CONTEXT, ELECTION_SIGNAL, PARTISAN_CALL, PARTY, PARTY_BY_FORM, STANCE, VOTE_FOR_NAME } from '../../lexicon/terms/politics.js';
import { unitsWithApprovedReplies } from '../replies.js';
import type { Detector, Hit } from '../types.js';

const party = compileLexicon('party', PARTY);
const call = compileLexicon('partisan-call', PARTISAN_CALL);
const stance = compileLexicon('stance', [...NEGATIVE_JUDGEMENT, ...STANCE]);
const election = compileLexicon('election-context', ELECTION_CONTEXT);
const electionSignal = compileLexicon('election-signal', ELECTION_SIGNAL);

const params = z.strictObject({
  /** Only where this lexicon also matches in the same text: opinion voiced from one's profession. */
  alongside: z.enum(LEXICON_NAMES).optional(),
});

/** Partisan political opinion: a call to vote, a partisan hashtag, or a party named with a stance. */
export const partisan: Detector<z.infer<typeof params>> = {
  id: 'partisan',
  paramsSchema: params,
  detect(input, p) {
    const hits: Hit[] = [];
    const alongside = p.alongside === undefined ? undefined : namedLexicon(p.alongside);
    for (const unit of unitsWithApprovedReplies(input)) {
      if (alongside !== undefined && !hasLexicon(alongside, unit.folded)) continue;
      for (const span of matchLexicon(call, unit.folded)) hits.push({ field: unit.field, span, kind: 'call' });
      // A vote declared for a candidate by name, with an election in view ("le 4 juin, je vote Dominique Lalonde").
      if (hasLexicon(electionSignal, unit.folded)) {
        VOTE_FOR_NAME.lastIndex = 0;
        for (const m of unit.text.matchAll(VOTE_FOR_NAME)) hits.push({ field: unit.field, span: [m.index, m.index + m[0].length], kind: 'call' });
      }
      const parties = [...matchLexicon(party, unit.folded)];
      CAPITALIZED_PARTY.lastIndex = 0;
      for (const m of unit.text.matchAll(CAPITALIZED_PARTY)) {
        // "Plaid" of "Plaid Cymru" is already there.
        if (!parties.some(([start, end]) => start <= m.index && m.index < end)) parties.push([m.index, m.index + m[0].length]);
      }
      // A party known by its form only ("Parti Progressiste-Citoyen", "the Forward Wales Party") where an election is in view.
      if (hasLexicon(election, unit.folded)) {
        PARTY_BY_FORM.lastIndex = 0;
        for (const m of unit.text.matchAll(PARTY_BY_FORM)) {
          if (!parties.some(([start, end]) => start < m.index + m[0].length && m.index < end)) parties.push([m.index, m.index + m[0].length]);
        }
      }
      if (parties.length > 0 && hasLexicon(stance, unit.folded)) {
        for (const span of parties) hits.push({ field: unit.field, span, kind: 'party' });
      }
    }
    return hits;
  },
};
