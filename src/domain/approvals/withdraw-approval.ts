import { auditEvent } from '../audit-events.js';
import type { Actor } from '../shared/actor.js';
import { changeRecord } from '../shared/change-record.js';
import type { WorkflowDeps } from '../shared/deps.js';
import { domainError } from '../shared/errors.js';
import { success, type Outcome } from '../shared/outcome.js';
import { iso } from '../shared/time.js';
import { checkPending } from './approval-access.js';
import type { ApprovalRequest } from './approval-request.js';
import { withdrawApprovalInputSchema } from './withdraw-approval.types.js';

export interface WithdrawApprovalCommand {
  readonly request: ApprovalRequest;
  readonly input: unknown;
  readonly actor: Actor;
  readonly deps: WorkflowDeps;
}

/** The requester withdraws a request that is still pending. */
export function withdrawApproval(cmd: WithdrawApprovalCommand): Outcome<ApprovalRequest> {
  const { request, actor } = cmd;
  return changeRecord({
    noun: 'approval request', record: request, actor, schema: withdrawApprovalInputSchema, input: cmd.input ?? {},
    mayAct: () => (actor.id === request.requesterId ? null : domainError('forbidden', 'Only the requester withdraws a request.', { reason: 'not_requester' })),
    allowed: () => checkPending(request),
    apply: (input) => {
      const at = iso(cmd.deps.now());
      const withdrawn: ApprovalRequest = { ...request, status: 'withdrawn', withdrawnAt: at, withdrawalReason: input.reason, version: request.version + 1 };
      const event = auditEvent('approval.withdrawn', { orgId: request.orgId, actorId: actor.id, at, subjectId: request.id }, { reason: input.reason });
      return success(withdrawn, [event]);
    },
  });
}
