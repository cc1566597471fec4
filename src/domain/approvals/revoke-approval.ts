import { auditEvent } from '../audit-events.js';
import type { Actor } from '../shared/actor.js';
import { changeRecord } from '../shared/change-record.js';
import type { WorkflowDeps } from '../shared/deps.js';
import { domainError, type DomainError } from '../shared/errors.js';
import { success, type Outcome } from '../shared/outcome.js';
import { iso } from '../shared/time.js';
import type { ApprovalRequest } from './approval-request.js';
import { revokeApprovalInputSchema } from './revoke-approval.types.js';

export interface RevokeApprovalCommand {
  readonly request: ApprovalRequest;
  readonly input: unknown;
  readonly actor: Actor;
  /** Administrators of the organization may revoke any approval. */
  readonly actorIsAdmin: boolean;
  readonly deps: WorkflowDeps;
}

/** Only an approval in force can be taken back; anything else says what it is. */
function checkApproved(request: ApprovalRequest): DomainError | null {
  if (request.status === 'approved') return null;
  if (request.status === 'revoked') return domainError('conflict', 'The approval was already revoked.', { reason: 'already_revoked' });
  return domainError('invalid_state', `The request is ${request.status}; only an approved request can be revoked.`, { reason: 'not_approved' });
}

/**
 * Takes back an approval: a holder of the role that approves such requests (whoever decided it
 * may have left), or an administrator. From then on it no longer lifts anything in a check.
 */
export function revokeApproval(cmd: RevokeApprovalCommand): Outcome<ApprovalRequest> {
  const { request, actor } = cmd;
  return changeRecord({
    noun: 'approval request', record: request, actor, schema: revokeApprovalInputSchema, input: cmd.input,
    mayAct: () => (cmd.actorIsAdmin || actor.role === request.approverRole ? null
      : domainError('forbidden', `Only the ${request.approverRole} or an administrator revokes this approval.`, { reason: 'wrong_role' })),
    allowed: () => checkApproved(request),
    apply: (input) => {
      const at = iso(cmd.deps.now());
      const revoked: ApprovalRequest = {
        ...request, status: 'revoked', revocation: { by: actor.id, role: actor.role, at, reason: input.reason }, version: request.version + 1,
      };
      const event = auditEvent('approval.revoked', { orgId: request.orgId, actorId: actor.id, at, subjectId: request.id }, {
        reason: input.reason, revokedByRole: actor.role, byAdmin: cmd.actorIsAdmin && actor.role !== request.approverRole,
      });
      return success(revoked, [event]);
    },
  });
}
