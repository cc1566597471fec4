import type { ApprovalKind, Role } from '../../engine/contract/enums.js';
import type { ApproverRule } from '../pack-practice.types.js';
import { practiceFor } from '../pack-practice.js';

/** Where a request goes: a role, and the one person when the pack names the immediate supervisor. */
export interface ApprovalRoute {
  readonly role: Role;
  readonly approverId?: string;
}

/** Applies one approver rule to a requester. */
export function applyApproverRule(rule: ApproverRule, requesterRole: Role, supervisorId?: string): ApprovalRoute {
  const role = rule.byRequesterRole?.[requesterRole] ?? rule.role;
  // Valoris §2: "approved ahead of time by the immediate supervisor" — that person, not any supervisor.
  if (rule.immediateSupervisor && supervisorId !== undefined && role === rule.role) return { role, approverId: supervisorId };
  return { role };
}

/**
 * Routes an approval kind to the role the pack names.
 *
 * @example
 * routeApproval('chc-wales', 'speak-for-org', 'board-member') // { role: 'chief-executive' }
 */
export function routeApproval(packId: string, kind: ApprovalKind, requesterRole: Role, supervisorId?: string): ApprovalRoute {
  return applyApproverRule(practiceFor(packId).approvers[kind], requesterRole, supervisorId);
}
