import type { Role } from '../../engine/contract/enums.js';

/** The organization the actor acts in, and the policy pack (and version) it is bound to. */
export interface OrgRef {
  readonly id: string;
  /** A built-in pack id (`valoris`, `iwso`, …) or the id of the organization's own pack. */
  readonly packId: string;
  readonly packVersion: string;
  /**
   * The built-in pack whose workflow practice an own pack follows (the one it extends); absent
   * for a built-in pack, and for an own pack extending none (the conservative default).
   */
  readonly practicePackId?: string | undefined;
}

/** Who performs a use case: a signed-in person with one role in one organization. */
export interface Actor {
  readonly id: string;
  readonly role: Role;
  readonly org: OrgRef;
}

/** Roles that manage people and decide on their requests in every pack. */
export const MANAGER_ROLES: readonly Role[] = ['supervisor', 'executive-director', 'chief-officer', 'chief-executive'];

/** Whether the role is one of the managing roles. */
export function isManager(role: Role): boolean {
  return MANAGER_ROLES.includes(role);
}
