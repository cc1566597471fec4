import { auditEvent } from '../audit-events.js';
import { openTask } from '../follow-up-tasks.js';
import { practiceOf, practicePackOf } from '../pack-practice.js';
import type { Actor } from '../shared/actor.js';
import type { WorkflowDeps } from '../shared/deps.js';
import { domainError } from '../shared/errors.js';
import { failure, success, type Outcome } from '../shared/outcome.js';
import { addDays, hasLapsed, iso } from '../shared/time.js';
import { parseInput } from '../shared/validate.js';
import type { ApprovalRequest } from './approval-request.js';
import { requestApprovalInputSchema } from './request-approval.types.js';
import { routeApproval } from './route-approval.js';

export interface RequestApprovalCommand {
  readonly input: unknown;
  readonly actor: Actor;
  /** The requester's supervisor on file, for packs that route to the immediate supervisor. */
  readonly supervisorId?: string;
  readonly deps: WorkflowDeps;
}

/**
 * Opens an approval request, routed to the role the organization's pack names, with a task for
 * that role to decide before the request expires.
 */
export function requestApproval(cmd: RequestApprovalCommand): Outcome<ApprovalRequest> {
  const parsed = parseInput(requestApprovalInputSchema, cmd.input);
  if (!parsed.ok) return failure(parsed.error);
  const input = parsed.value;
  const now = cmd.deps.now();
  if (hasLapsed(input.validUntil, now)) {
    return failure(domainError('validation', 'validUntil is in the past.', { field: 'validUntil' }));
  }
  const { actor } = cmd;
  const route = routeApproval(practicePackOf(actor.org), input.kind, actor.role, cmd.supervisorId);
  if (route.approverId === actor.id) {
    return failure(domainError('invalid_state', 'The approver would be the requester; nobody approves their own request.', { reason: 'self_approval' }));
  }
  const expiresAt = iso(addDays(now, practiceOf(actor.org).pendingApprovalDays));
  const request: ApprovalRequest = {
    id: cmd.deps.newId(), orgId: actor.org.id, kind: input.kind, requesterId: actor.id, requesterRole: actor.role,
    approverRole: route.role, approverId: route.approverId, subject: input.subject, personId: input.personId,
    accountId: input.accountId, validUntil: input.validUntil, checkId: input.checkId, purpose: input.purpose, status: 'pending', requestedAt: iso(now), expiresAt, version: 1,
  };
  const head = { orgId: actor.org.id, actorId: actor.id, at: iso(now), subjectId: request.id };
  const event = auditEvent('approval.requested', head, {
    approvalKind: input.kind, approverRole: route.role, requesterId: actor.id, approverId: route.approverId,
  });
  const task = openTask({
    id: cmd.deps.newId(), orgId: actor.org.id, kind: 'decide-approval', ref: { type: 'approval', id: request.id },
    assigneeRole: route.role, assigneeId: route.approverId,
    dueAt: expiresAt, createdAt: iso(now), detail: { approvalKind: input.kind },
  });
  return success(request, [event], [task]);
}
