import type { Actor } from '../shared/actor.js';
import { domainError, type DomainError } from '../shared/errors.js';
import type { ApprovalRequest } from './approval-request.js';

/** Only the role the pack names — and, where it names the immediate supervisor, that person — decides. */
export function checkMayDecide(request: ApprovalRequest, actor: Actor): DomainError | null {
  if (actor.id === request.requesterId) {
    return domainError('forbidden', 'Nobody decides their own request.', { reason: 'self_approval' });
  }
  if (actor.role !== request.approverRole) {
    return domainError('forbidden', `Only the ${request.approverRole} decides this request.`, { reason: 'wrong_role' });
  }
  if (request.approverId !== undefined && request.approverId !== actor.id) {
    return domainError('forbidden', 'Only the requester\'s immediate supervisor decides this request.', { reason: 'not_immediate_supervisor' });
  }
  return null;
}

/** A request that is no longer pending cannot change again. */
export function checkPending(request: ApprovalRequest): DomainError | null {
  switch (request.status) {
    case 'pending':
      return null;
    case 'approved':
    case 'denied':
      return domainError('conflict', `The request was already ${request.status} by someone else.`, { reason: 'already_decided' });
    default:
      return domainError('invalid_state', `The request is ${request.status}.`, { reason: request.status });
  }
}
