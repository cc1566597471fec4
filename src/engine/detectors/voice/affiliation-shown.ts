import { z } from 'zod';
import { compileLexicon, matchLexicon } from '../../lexicon/compile.js';
import { findOrganizationMentions } from '../../text/organization.js';
import type { Detector, Hit } from '../types.js';
import { sentenceAround } from '../units.js';

/** Words that make a mention of the organization a statement of where one works. */
const WORK_LINK = compileLexicon('work-link', [
  'work\\w*', 'job', 'yrs', 'years', 'ans', 'role', 'staff', 'worker', 'employee', 'employe\\w*', 'travaill\\w*', 'emploi', 'intervenante?', 'poste', 'team', 'equipe', 'colleagues?', 'collegues?',
  'counsell?or', 'member', 'membre', 'volunteer', 'benevole', 'proud', 'fier', 'fiere', 'at', 'chez', '@',
]);

/**
 * The person shows their link to the organization: the affiliation flag, a profile naming it, or a
 * post saying they work there.
 */
export const affiliationShown: Detector<Record<string, never>> = {
  id: 'affiliation-shown',
  paramsSchema: z.strictObject({}),
  detect(input) {
    const author = input.activity.author;
    if (author?.identifiesAffiliation === true) return [{ kind: 'profile' }];
    const hits: Hit[] = [];
    for (const unit of input.texts) {
      if (unit.field !== 'text' && unit.field !== 'profileText') continue;
      for (const span of findOrganizationMentions(unit.folded, input.organization.names)) {
        const [from, to] = sentenceAround(unit.folded, span[0]);
        const sentence = unit.folded.slice(from, to);
        if (unit.field === 'profileText' || matchLexicon(WORK_LINK, sentence).length > 0) hits.push({ field: unit.field, span, kind: 'workplace' });
      }
    }
    return hits;
  },
};
