import type { Principal } from '../../app/auth/principal.js';
import { forbidden } from '../../app/errors.js';
import { isManager } from '../../domain/shared/actor.js';

/**
 * Who may do what, per resource, in one place. Every rule also implies "in their own
 * organization": handlers only ever load records by the principal's organization, so a
 * record of another organization is simply not found (404), never forbidden (403).
 *
 * Workflow resources: add one policy object per resource here or in a sibling file.
 */
const admin = (p: Principal): boolean => p.isAdmin;
const anyone = (): boolean => true;
const adminOrManager = (p: Principal): boolean => p.isAdmin || isManager(p.role);

export const organizationPolicy = { read: anyone } as const;

export const peoplePolicy = { list: anyone, read: anyone, create: admin, update: admin } as const;

/** The roster holds client names: only admins and managers see it; everyone is screened against it. */
export const rosterPolicy = { list: adminOrManager, read: adminOrManager, create: admin, update: admin, archive: admin } as const;

export const checksPolicy = {
  create: anyone,
  /** Everyone sees their own checks; admins and managers see everyone's. */
  read: (p: Principal, check: { person_id: string }): boolean => check.person_id === p.personId || adminOrManager(p),
  listAll: adminOrManager,
} as const;

/** Tokens act for a person: only admins mint them, and only from a browser session. */
export const apiTokensPolicy = {
  list: admin,
  create: (p: Principal): boolean => p.isAdmin && p.via === 'session',
  revoke: admin,
} as const;

export const auditPolicy = { read: admin } as const;

/** Throws `forbidden` unless the rule allows. */
export function authorize(allowed: boolean): void {
  if (!allowed) throw forbidden();
}
