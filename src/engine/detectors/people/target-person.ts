import { z } from 'zod';
import { ROSTER_KINDS } from '../../contract/enums.js';
import { LEXICON_NAMES } from '../../lexicon/named.js';
import { ownWordsHold } from '../units.js';
import type { Detector } from '../types.js';
import { matchesYouthProtection } from './youth-protection.js';

const params = z.strictObject({
  kinds: z.array(z.enum(ROSTER_KINDS)).min(1),
  youthProtection: z.enum(['only', 'exclude', 'any']).default('any'),
  /** Only where the activity's own words also match this lexicon (a meeting arranged, a ride offered). */
  alongside: z.enum(LEXICON_NAMES).optional(),
});

/** The person an activity is aimed at (a friend request, a follow, a message) is of one of these kinds. */
export const targetPerson: Detector<z.infer<typeof params>> = {
  id: 'target-person',
  paramsSchema: params,
  detect(input, p) {
    const { activity, context } = input;
    const id = activity.target?.rosterId;
    const entry = id === undefined ? undefined : context.rosterById.get(id);
    const kind = entry?.kind ?? (activity.target?.kind as (typeof ROSTER_KINDS)[number] | undefined);
    if (kind === undefined || !p.kinds.includes(kind)) return [];
    if (entry && !matchesYouthProtection(entry, context, p.youthProtection)) return [];
    if (!ownWordsHold(input, p.alongside)) return [];
    return [{ subjectId: id }];
  },
};
