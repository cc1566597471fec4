import type { Role } from '../../engine/contract/enums.js';
import type { Actor } from '../../domain/shared/actor.js';

/** Who is calling: a signed-in person of one organization, and how they proved it. */
export interface Principal {
  readonly personId: string;
  readonly orgId: string;
  readonly role: Role;
  readonly isAdmin: boolean;
  readonly packId: string;
  readonly packVersion: string;
  /** The built-in pack whose workflow practice the organization's own pack follows (`organizations.practice_pack_id`). */
  readonly practicePackId?: string | undefined;
  readonly via: 'session' | 'token';
  /** The session's CSRF token (sessions only): unsafe requests must echo it. */
  readonly csrfToken?: string;
  /** The session id (its token's hash), to end it on sign-out. */
  readonly sessionId?: string;
  /** The pack's password age rule has lapsed: only changing the password is allowed. */
  readonly passwordChangeRequired: boolean;
}

/** The principal as the workflows' `Actor`. */
export function toActor(p: Principal): Actor {
  return { id: p.personId, role: p.role, org: { id: p.orgId, packId: p.packId, packVersion: p.packVersion, practicePackId: p.practicePackId } };
}
