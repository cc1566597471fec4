import { z } from 'zod';
import { foldText } from '../../text/fold.js';
import { findOrganizationMentions } from '../../text/organization.js';
import type { Detector, Hit } from '../types.js';

const params = z.strictObject({});

const PASSING_ON = new Set(['share', 'like']);
/** What separates a post's author from its words when a shared post is quoted: "STaSS: We're recruiting…". */
const ATTRIBUTION = /^\s*[:|\-–—]/u;

/**
 * The person passes on the organization's own post (a share or a like) without a word of their
 * own: the post is attributed to the organization, by the target's name or by the name that heads
 * the quoted post. STaSS reads that as no comment on work (5.3), whatever the post says.
 */
export const organizationPostPassedOn: Detector<z.infer<typeof params>> = {
  id: 'organization-post-passed-on',
  paramsSchema: params,
  detect({ activity, texts, organization }) {
    if (!PASSING_ON.has(activity.action) || (activity.text ?? '').trim() !== '') return [];
    const names = organization.names;
    const targetName = activity.target?.name;
    if (targetName !== undefined) {
      const folded = foldText(targetName);
      const mention = findOrganizationMentions(folded, names)[0];
      if (mention !== undefined && folded.slice(0, mention[0]).trim() === '') return [{ kind: 'organization-post' }];
    }
    const quoted = texts.find((u) => u.field === 'targetText');
    if (quoted === undefined) return [];
    const first = findOrganizationMentions(quoted.folded, names)[0];
    const hits: Hit[] = [];
    if (first !== undefined && quoted.folded.slice(0, first[0]).trim() === '' && ATTRIBUTION.test(quoted.folded.slice(first[1]))) {
      hits.push({ field: 'targetText', span: first, kind: 'organization-post' });
    }
    return hits;
  },
};
