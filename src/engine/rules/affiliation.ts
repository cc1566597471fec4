import type { Activity } from '../contract/activity.js';
import { foldText } from '../text/fold.js';
import { findOrganizationMentions } from '../text/organization.js';

/** Whether the author is known to work for the organization: the flag, the profile, or the organization's e-mail.
 * `organizationNames`: the pack's and the context's names together. */
export function authorIsIdentified(activity: Activity, organizationNames: readonly string[]): boolean {
  const author = activity.author;
  if (author?.identifiesAffiliation === true) return true;
  if (author?.identifiesAffiliation === false) return false;
  const profile = author?.profileText;
  return profile !== undefined && findOrganizationMentions(foldText(profile), organizationNames).length > 0;
}
