import type { Activity } from '../contract/activity.js';
import type { CompiledContext } from '../context/compile.js';
import { foldText } from '../text/fold.js';
import { findOrganizationMentions } from '../text/organization.js';

/** The organization's e-mail domains, the pack's and the context's. */
export function isOrganizationEmail(email: string | undefined, context: CompiledContext, packDomains: readonly string[]): boolean {
  if (email === undefined) return false;
  const domain = foldText(email.trim()).split('@')[1];
  if (domain === undefined) return false;
  return [...packDomains.map(foldText), ...context.emailDomains].some((d) => domain === d || domain.endsWith(`.${d}`));
}

/** Whether the author is known to work for the organization: the flag, the profile, or the organization's e-mail. */
export function authorIsIdentified(activity: Activity, context: CompiledContext, orgNames: readonly string[]): boolean {
  const author = activity.author;
  if (author?.identifiesAffiliation === true) return true;
  if (author?.identifiesAffiliation === false) return false;
  const profile = author?.profileText;
  return profile !== undefined && findOrganizationMentions(foldText(profile), [...orgNames, ...context.organizationNames]).length > 0;
}
