import type { Activity } from '../contract/activity.js';
import type { Account } from '../contract/context.js';
import type { CompiledContext } from '../context/compile.js';
import type { WhenData } from '../pack/schema.js';
import { authorIsIdentified } from './affiliation.js';

/**
 * What the `when` conditions read of an activity, worked out once per evaluation instead of once per
 * rule: every rule asks for the role and platform, and a few for the author's affiliation (a scan of
 * the profile) or the account.
 */
export class ActivityFacts {
  readonly role: NonNullable<NonNullable<Activity['author']>['role']>;
  readonly platform: string | undefined;
  readonly anonymous: boolean;
  readonly unaffiliated: boolean;
  private identifiedValue: boolean | undefined;
  private accountValue: Account | undefined | null = null;

  constructor(readonly activity: Activity, readonly context: CompiledContext, readonly organizationNames: readonly string[]) {
    this.role = activity.author?.role ?? 'staff';
    this.platform = activity.platform?.toLowerCase();
    this.anonymous = activity.author?.anonymous === true;
    this.unaffiliated = activity.author?.identifiesAffiliation === false;
  }

  /** Whether the author is known to work for the organization (asked by few rules: computed on demand). */
  get identified(): boolean {
    return this.identifiedValue ??= authorIsIdentified(this.activity, this.organizationNames);
  }

  /** The context's account the activity is posted from, if any. */
  get account(): Account | undefined {
    if (this.accountValue === null) this.accountValue = this.context.source.accounts?.find((a) => a.id === this.activity.accountId);
    return this.accountValue;
  }
}

/** Whether a rule's `when` holds for this activity. Every listed condition must hold. */
export function ruleApplies(when: WhenData, facts: ActivityFacts): boolean {
  const activity = facts.activity;
  if (when.actions && !when.actions.includes(activity.action)) return false;
  if (when.channels && !when.channels.includes(activity.channel)) return false;
  const role = facts.role;
  if (when.roles && !when.roles.includes(role)) return false;
  if (when.exceptRoles?.includes(role)) return false;
  const platform = facts.platform;
  if (when.platforms && (platform === undefined || !when.platforms.includes(platform))) return false;
  if (when.exceptPlatforms && platform !== undefined && when.exceptPlatforms.includes(platform)) return false;
  if (when.authorAnonymous !== undefined && facts.anonymous !== when.authorAnonymous) return false;
  if (when.authorIdentified !== undefined && facts.identified !== when.authorIdentified) return false;
  if (when.authorUnaffiliated !== undefined && facts.unaffiliated !== when.authorUnaffiliated) return false;
  if (when.account) {
    const account = facts.account;
    const { registered, postingAllowed, purposes } = when.account;
    if (registered !== undefined && (account !== undefined && account.authorized !== false) !== registered) return false;
    if (postingAllowed !== undefined && (account === undefined || (account.postingAllowed ?? true) !== postingAllowed)) return false;
    if (purposes && (account?.purpose === undefined || !purposes.includes(account.purpose))) return false;
  }
  return true;
}
