import type { Role } from '../../engine/contract/enums.js';

/** An account of the organization on a platform, as the registry holds it. */
export interface OfficialAccount {
  readonly id: string;
  readonly orgId: string;
  readonly platform: string;
  /** The handle or page address on the platform. */
  readonly handle: string;
  /** Who holds the account (valoris §2: the Communications Department is the only holder). */
  readonly holder: string;
  readonly purpose: string;
  readonly postingAllowed: boolean;
  /** Roles that may be granted access; empty: anyone in the organization. */
  readonly usableByRoles: readonly Role[];
  readonly status: 'active' | 'retired';
  readonly registeredBy: string;
  readonly registeredAt: string;
  readonly version: number;
}

/** Time-limited access to an official account for one person, approved by the pack's role. */
export interface AccessGrant {
  readonly id: string;
  readonly orgId: string;
  readonly accountId: string;
  readonly personId: string;
  readonly from: string;
  readonly until: string;
  readonly purpose: string;
  readonly approvedBy: string;
  readonly approvedByRole: Role;
  readonly approvedAt: string;
  readonly revocation?: { readonly at: string; readonly by: string; readonly reason: string };
  readonly version: number;
}

/** An account or page found that claims the organization without authorization, held for review. */
export interface UnauthorizedAccount {
  readonly id: string;
  readonly orgId: string;
  readonly platform: string;
  readonly handle: string;
  readonly description: string;
  readonly foundBy: string;
  readonly foundAt: string;
  readonly status: 'open' | 'reviewed';
  readonly review?: {
    readonly resolution: 'removed' | 'amended' | 'adopted' | 'no-action';
    readonly note: string;
    readonly by: string;
    readonly at: string;
  };
  readonly version: number;
}
