import type { Principal } from '../../app/auth/principal.js';
import type { ApprovalRequest, FollowUpTask, Incident } from '../../domain/index.js';
import { isManager } from '../../domain/shared/actor.js';

/**
 * Who may see which workflow records. Who may *change* them is the domain's business (the
 * pack names the roles); these rules only decide visibility, and all of them hold within the
 * caller's own organization — another organization's record is never found.
 */
const overseer = (p: Principal): boolean => p.isAdmin || isManager(p.role);

export const approvalsPolicy = {
  /** The requester, whoever may decide it, and managers. */
  read: (p: Principal, r: ApprovalRequest): boolean =>
    overseer(p) || r.requesterId === p.personId || r.approverRole === p.role || r.approverId === p.personId,
  listAll: overseer,
} as const;

/** Consents name signers: managers, admins and the communications delegate read them; anyone records one. */
export const consentsPolicy = {
  read: (p: Principal): boolean => overseer(p) || p.role === 'communications-delegate',
} as const;

export const incidentsPolicy = {
  /** Handlers under the pack, admins, and a named reporter. */
  read: (p: Principal, i: Incident): boolean => p.isAdmin || i.handlerRoles.includes(p.role) || (i.reporterId !== undefined && i.reporterId === p.personId),
  listAll: (p: Principal): boolean => p.isAdmin || isManager(p.role),
} as const;

export const recordsPolicy = {
  /** Exchanges, signatures, training: managers and admins see everyone's; others their own. */
  listAll: overseer,
} as const;

export const tasksPolicy = {
  read: (p: Principal, t: FollowUpTask): boolean => overseer(p) || t.assigneeId === p.personId || (t.assigneeId === undefined && t.assigneeRole === p.role),
  listAll: overseer,
} as const;
