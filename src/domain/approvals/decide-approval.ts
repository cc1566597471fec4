import { auditEvent } from '../audit-events.js';
import type { Actor } from '../shared/actor.js';
import { changeRecord } from '../shared/change-record.js';
import type { WorkflowDeps } from '../shared/deps.js';
import { domainError } from '../shared/errors.js';
import { failure, success, type Outcome } from '../shared/outcome.js';
import { hasLapsed, iso } from '../shared/time.js';
import { checkMayDecide, checkPending } from './approval-access.js';
import type { ApprovalRequest } from './approval-request.js';
import { decideApprovalInputSchema } from './decide-approval.types.js';

export interface DecideApprovalCommand {
  readonly request: ApprovalRequest;
  readonly input: unknown;
  readonly actor: Actor;
  readonly deps: WorkflowDeps;
}

/**
 * Approves or denies a pending request. Only the role the pack names decides, never the
 * requester; a request already decided is a `conflict` (two approvers at once: one wins).
 */
export function decideApproval(cmd: DecideApprovalCommand): Outcome<ApprovalRequest> {
  const { request, actor } = cmd;
  return changeRecord({
    noun: 'approval request', record: request, actor, schema: decideApprovalInputSchema, input: cmd.input,
    mayAct: () => checkMayDecide(request, actor),
    allowed: () => checkPending(request),
    apply: (input) => {
      const now = cmd.deps.now();
      if (new Date(request.expiresAt).getTime() <= now.getTime()) {
        return failure(domainError('invalid_state', 'The request expired before a decision; ask again.', { reason: 'expired' }));
      }
      if (input.decision === 'approved' && hasLapsed(input.validUntil, now)) {
        return failure(domainError('validation', 'validUntil is in the past.', { field: 'validUntil' }));
      }
      const at = iso(now);
      const decided: ApprovalRequest = {
        ...request,
        status: input.decision,
        validUntil: input.validUntil ?? request.validUntil,
        decision: { outcome: input.decision, by: actor.id, role: actor.role, at, reason: input.reason },
        version: request.version + 1,
      };
      const event = auditEvent('approval.decided', { orgId: request.orgId, actorId: actor.id, at, subjectId: request.id }, {
        decision: input.decision, reason: input.reason, approverRole: actor.role,
      });
      return success(decided, [event]);
    },
  });
}
