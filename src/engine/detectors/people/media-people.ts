import { z } from 'zod';
import { ROSTER_KINDS } from '../../contract/enums.js';
import type { Detector, Hit } from '../types.js';
import { matchesYouthProtection } from './youth-protection.js';

const params = z.strictObject({
  /** Roster kinds that count; a person given only by role counts through `roles`. */
  kinds: z.array(z.enum(ROSTER_KINDS)).min(1),
  roles: z.array(z.enum(['staff', 'client', 'volunteer', 'public', 'colleague', 'family'])).default([]),
  youthProtection: z.enum(['only', 'exclude', 'any']).default('any'),
  mediaTypes: z.array(z.enum(['photo', 'video', 'audio', 'document', 'link'])).default(['photo', 'video']),
});

/** People who appear in the photos or videos of an activity. */
export const mediaPeople: Detector<z.infer<typeof params>> = {
  id: 'media-people',
  paramsSchema: params,
  detect({ activity, context }, p) {
    const hits: Hit[] = [];
    for (const media of activity.media ?? []) {
      if (!p.mediaTypes.includes(media.type)) continue;
      for (const person of media.people ?? []) {
        if (person.rosterId !== undefined && person.rosterId === activity.author?.id) continue;
        const entry = person.rosterId === undefined ? undefined : context.rosterById.get(person.rosterId);
        const byKind = entry !== undefined && p.kinds.includes(entry.kind);
        const byRole = entry === undefined && person.role !== undefined && p.roles.includes(person.role);
        if (!byKind && !byRole) continue;
        if (entry && !matchesYouthProtection(entry, context, p.youthProtection)) continue;
        hits.push({ subjectId: person.rosterId, kind: media.type });
      }
    }
    return hits;
  },
};
