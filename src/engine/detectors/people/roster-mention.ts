import { z } from 'zod';
import { ROSTER_KINDS } from '../../contract/enums.js';
import { contentUnits, fieldsParam, rosterMentionsIn } from '../units.js';
import type { Detector, DetectorInput, Hit, TextUnit } from '../types.js';
import { namesOwnFamily } from './own-family.js';
import { matchesYouthProtection } from './youth-protection.js';

const params = z.strictObject({
  kinds: z.array(z.enum(ROSTER_KINDS)).min(1),
  /** `only`: children followed under youth protection and their parents; `exclude`: everyone else. */
  youthProtection: z.enum(['only', 'exclude', 'any']).default('any'),
  fields: fieldsParam,
  /** Weakest evidence counted; a lone first name of a common word is weaker than a full name. */
  strength: z.enum(['any', 'name-or-alias']).default('any'),
  /** Also the post a comment or reply answers: replying raises what posting that content would (LABELING). */
  replies: z.boolean().default(false),
});

const REPLYING = new Set(['comment', 'reply']);
const CLIENT_SIDE: ReadonlySet<string> = new Set(['client', 'former-client', 'client-family']);

function unitsOf(input: DetectorInput, p: z.infer<typeof params>): readonly TextUnit[] {
  const units = contentUnits(input, p.fields);
  if (!p.replies || p.fields !== undefined || !REPLYING.has(input.activity.action)) return units;
  return [...units, ...input.texts.filter((u) => u.field === 'targetText')];
}

/** People of the roster named in the text (client names, aliases, first names, handles, initials). */
export const rosterMention: Detector<z.infer<typeof params>> = {
  id: 'roster-mention',
  paramsSchema: params,
  detect(input, p) {
    const { activity, context } = input;
    const hits: Hit[] = [];
    for (const unit of unitsOf(input, p)) {
      for (const mention of rosterMentionsIn(input, unit)) {
        const entry = context.rosterById.get(mention.entryId);
        if (!entry || !p.kinds.includes(entry.kind) || entry.id === activity.author?.id) continue;
        // Writing to someone by their name is not publishing it.
        if (activity.action === 'message' && entry.id === activity.target?.rosterId) continue;
        // Someone naming themselves in the post one answers is not named by the answer (a share spreads it: that counts).
        if (unit.field === 'targetText' && REPLYING.has(activity.action) && entry.id === activity.target?.rosterId) continue;
        if (p.strength === 'name-or-alias' && (mention.how === 'first-name' || mention.how === 'initials')) continue;
        if (!matchesYouthProtection(entry, context, p.youthProtection)) continue;
        // A first name the writer gives their own child or partner ("ma fille Chloé") is not the client who shares it
        // (a colleague who is also family is still a colleague named).
        if (CLIENT_SIDE.has(entry.kind) && (mention.how === 'first-name' || mention.how === 'alias') && namesOwnFamily(unit.folded, mention.span[0])) continue;
        hits.push({ field: unit.field, span: mention.span, subjectId: entry.id, kind: mention.how });
      }
    }
    return hits;
  },
};
