import { hasLapsed, parseInstant } from '../shared/time.js';
import type { AccessGrant } from './official-account.js';

export type GrantStatus = 'scheduled' | 'active' | 'expired' | 'revoked';

/**
 * A grant's state at `now`. Grants expire by themselves: no job has to flip them, the state is
 * read from the period (valoris §2: access "for a specified period").
 */
export function grantStatus(grant: AccessGrant, now: Date): GrantStatus {
  if (grant.revocation) return 'revoked';
  if (hasLapsed(grant.until, now)) return 'expired';
  if (parseInstant(grant.from).getTime() > now.getTime()) return 'scheduled';
  return 'active';
}
