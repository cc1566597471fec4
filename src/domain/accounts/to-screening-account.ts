import type { Account, Grant } from '../../engine/contract/context.js';
import type { AccessGrant, OfficialAccount } from './official-account.js';

/** The screening context's `accounts[]` entry for a registered account. */
export function toScreeningAccount(account: OfficialAccount): Account {
  return {
    id: account.id, platform: account.platform, holder: account.holder, postingAllowed: account.postingAllowed,
    purpose: account.purpose, authorized: account.status === 'active',
  };
}

/**
 * The screening context's `grants[]` entry, or `null` for a revoked grant. Expired grants are kept:
 * the engine compares `until` with the activity's time and can say the period is over.
 */
export function toScreeningGrant(grant: AccessGrant): Grant | null {
  if (grant.revocation) return null;
  return { accountId: grant.accountId, personId: grant.personId, from: grant.from, until: grant.until, approvedByRole: grant.approvedByRole };
}
