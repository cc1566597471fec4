import { z } from 'zod';
import { compileLexicon, matchLexicon } from '../../lexicon/compile.js';
import { namedLexicon } from '../../lexicon/named.js';
import { findOrganizationMentions } from '../../text/organization.js';
import type { Detector, Hit } from '../types.js';

/** "I'm a volunteer member of X", "as a worker at X", "I work for X", "je suis membre du X": the organization must follow. */
const SELF_INTRODUCTION = compileLexicon('self-introduction', [
  "(i'?m|i am|as) (a |an |the )?[a-z -]{0,40}(member|volunteer|worker|staff|officer|counsell?or|rep|representative|part|on|with)( of| at| for| with)?",
  // "I work for the CHC in Gwent", "I volunteer with the CHC": the organization must follow at once.
  "i (work|volunteer|am working|am volunteering) (for|at|with)",
  "(je suis|en tant que?) [a-z -]{0,40}(membre|benevole|employee?|intervenante?|travailleu(r|se)|representante?)( du| de la| au| chez| de)?",
]);

/** Between an introduction and the organization: a clause break or a conjunction means the membership is of something else. */
const BREAK = /[;,.!?:()]|(?<![\p{L}])(?:and|but|then|while|et|mais|puis|ac|a|ond)(?![\p{L}])/u;

/**
 * Acting in the organization's capacity: introducing oneself as its member and then speaking,
 * gathering views, representing it, or stating its position.
 */
export const speaksForOrganization: Detector<{ selfIntroduction: boolean }> = {
  id: 'speaks-for-organization',
  paramsSchema: z.strictObject({
    /** Whether introducing oneself as the organization's member counts (IWSO 6.7.5 asks staff to do so). */
    selfIntroduction: z.boolean().default(true),
  }),
  detect(input, p) {
    const hits: Hit[] = [];
    const speaks = namedLexicon('speaks-for-organization');
    for (const unit of input.texts) {
      if (unit.field !== 'text') continue;
      for (const span of matchLexicon(speaks, unit.folded)) hits.push({ field: unit.field, span, kind: 'capacity' });
      if (!p.selfIntroduction) continue;
      const orgs = findOrganizationMentions(unit.folded, input.organization.names);
      // An introduction counts only with the organization named in or after it: without a name, none is looked for.
      if (orgs.length === 0) continue;
      for (const span of matchLexicon(SELF_INTRODUCTION, unit.folded)) {
        // The organization inside the introduction ("I'm a CHC volunteer") or right after it.
        const follows = orgs.some(([start]) => (start >= span[0] && start < span[1]) || (start >= span[1] - 1 && start - span[1] <= 30 && !BREAK.test(unit.folded.slice(span[1], start))));
        if (follows) hits.push({ field: unit.field, span, kind: 'self-introduction' });
      }
    }
    return hits;
  },
};
