import { z } from 'zod';
import { ROSTER_KINDS } from '../../contract/enums.js';
import { contentUnits, fieldsParam, rosterMentionsIn } from '../units.js';
import type { Detector, Hit } from '../types.js';
import { matchesYouthProtection } from './youth-protection.js';

const params = z.strictObject({
  kinds: z.array(z.enum(ROSTER_KINDS)).min(1),
  /** `only`: children followed under youth protection and their parents; `exclude`: everyone else. */
  youthProtection: z.enum(['only', 'exclude', 'any']).default('any'),
  fields: fieldsParam,
  /** Weakest evidence counted; a lone first name of a common word is weaker than a full name. */
  strength: z.enum(['any', 'name-or-alias']).default('any'),
});

/** People of the roster named in the text (client names, aliases, first names, handles, initials). */
export const rosterMention: Detector<z.infer<typeof params>> = {
  id: 'roster-mention',
  paramsSchema: params,
  detect(input, p) {
    const { activity, context } = input;
    const hits: Hit[] = [];
    for (const unit of contentUnits(input, p.fields)) {
      for (const mention of rosterMentionsIn(input, unit)) {
        const entry = context.rosterById.get(mention.entryId);
        if (!entry || !p.kinds.includes(entry.kind) || entry.id === activity.author?.id) continue;
        // Writing to someone by their name is not publishing it.
        if (activity.action === 'message' && entry.id === activity.target?.rosterId) continue;
        if (p.strength === 'name-or-alias' && (mention.how === 'first-name' || mention.how === 'initials')) continue;
        if (!matchesYouthProtection(entry, context, p.youthProtection)) continue;
        hits.push({ field: unit.field, span: mention.span, subjectId: entry.id, kind: mention.how });
      }
    }
    return hits;
  },
};
