import { auditEvent } from '../audit-events.js';
import type { Actor } from '../shared/actor.js';
import type { WorkflowDeps } from '../shared/deps.js';
import { domainError } from '../shared/errors.js';
import { failure, success, type Outcome } from '../shared/outcome.js';
import { iso } from '../shared/time.js';
import { parseInput } from '../shared/validate.js';
import { checkPending, checkSameOrg } from './approval-access.js';
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
  const wrongOrg = checkSameOrg(request, actor);
  if (wrongOrg) return failure(wrongOrg);
  if (actor.id !== request.requesterId) {
    return failure(domainError('forbidden', 'Only the requester withdraws a request.', { reason: 'not_requester' }));
  }
  const notPending = checkPending(request);
  if (notPending) return failure(notPending);
  const parsed = parseInput(withdrawApprovalInputSchema, cmd.input ?? {});
  if (!parsed.ok) return failure(parsed.error);
  const at = iso(cmd.deps.now());
  const withdrawn: ApprovalRequest = {
    ...request, status: 'withdrawn', withdrawnAt: at, withdrawalReason: parsed.value.reason, version: request.version + 1,
  };
  const event = auditEvent('approval.withdrawn', { orgId: request.orgId, actorId: actor.id, at, subjectId: request.id }, {
    reason: parsed.value.reason,
  });
  return success(withdrawn, [event]);
}
