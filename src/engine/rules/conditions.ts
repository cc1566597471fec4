import type { Activity } from '../contract/activity.js';
import type { CompiledContext } from '../context/compile.js';
import type { WhenData } from '../pack/schema.js';
import { authorIsIdentified } from './affiliation.js';

/** Whether a rule's `when` holds for this activity. Every listed condition must hold. */
export function ruleApplies(when: WhenData, activity: Activity, context: CompiledContext, orgNames: readonly string[]): boolean {
  if (when.actions && !when.actions.includes(activity.action)) return false;
  if (when.channels && !when.channels.includes(activity.channel)) return false;
  const role = activity.author?.role ?? 'staff';
  if (when.roles && !when.roles.includes(role)) return false;
  if (when.exceptRoles?.includes(role)) return false;
  const platform = activity.platform?.toLowerCase();
  if (when.platforms && (platform === undefined || !when.platforms.includes(platform))) return false;
  if (when.exceptPlatforms && platform !== undefined && when.exceptPlatforms.includes(platform)) return false;
  if (when.authorAnonymous !== undefined && (activity.author?.anonymous === true) !== when.authorAnonymous) return false;
  if (when.authorIdentified !== undefined && authorIsIdentified(activity, context, orgNames) !== when.authorIdentified) return false;
  if (when.authorUnaffiliated !== undefined && (activity.author?.identifiesAffiliation === false) !== when.authorUnaffiliated) return false;
  if (when.account) {
    const account = context.source.accounts?.find((a) => a.id === activity.accountId);
    const { registered, postingAllowed, purposes } = when.account;
    if (registered !== undefined && (account !== undefined && account.authorized !== false) !== registered) return false;
    if (postingAllowed !== undefined && (account === undefined || (account.postingAllowed ?? true) !== postingAllowed)) return false;
    if (purposes && (account?.purpose === undefined || !purposes.includes(account.purpose))) return false;
  }
  return true;
}
