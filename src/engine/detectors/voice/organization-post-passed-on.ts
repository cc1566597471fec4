import { z } from 'zod';
import { foldText } from '../../text/fold.js';
import { findOrganizationMentions } from '../../text/organization.js';
import type { Detector } from '../types.js';

const params = z.strictObject({});

const PASSING_ON = new Set(['share', 'like']);
/** What separates a post's author from its words when a shared post is quoted: "STaSS: We're recruiting…". */
const ATTRIBUTION = /^\s*[:|\-–—]/u;

/** The organization's name, when a folded text begins with it (nothing but white space before). */
function leadingName(folded: string, names: readonly string[]): readonly [number, number] | undefined {
  const first = findOrganizationMentions(folded, names)[0];
  return first !== undefined && folded.slice(0, first[0]).trim() === '' ? first : undefined;
}

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
    const targetName = activity.target?.name;
    if (targetName !== undefined && leadingName(foldText(targetName), organization.names)) return [{ kind: 'organization-post' }];
    const quoted = texts.find((u) => u.field === 'targetText');
    const name = quoted === undefined ? undefined : leadingName(quoted.folded, organization.names);
    if (quoted === undefined || name === undefined || !ATTRIBUTION.test(quoted.folded.slice(name[1]))) return [];
    return [{ field: 'targetText', span: name, kind: 'organization-post' }];
  },
};
