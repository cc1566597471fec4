import type { Approval } from '../../engine/contract/context.js';
import { hasLapsed } from '../shared/time.js';
import type { ApprovalRequest } from './approval-request.js';

/**
 * The screening context's `approvals[]` entry for an approved request, or `null` when the request
 * grants nothing (pending, denied, withdrawn, expired, or its validity has lapsed at `now`).
 */
export function toScreeningApproval(request: ApprovalRequest, now: Date): Approval | null {
  if (request.status !== 'approved' || !request.decision || hasLapsed(request.validUntil, now)) return null;
  const approval: Approval = { kind: request.kind, grantedByRole: request.decision.role };
  if (request.subject !== undefined) approval.subject = request.subject;
  // An approval is for the person it names, else for the requester (engine matches it to the author).
  approval.personId = request.personId ?? request.requesterId;
  if (request.accountId !== undefined) approval.accountId = request.accountId;
  if (request.validUntil !== undefined) approval.validUntil = request.validUntil;
  return approval;
}

/** All approvals in force at `now`, for the screening context. */
export function toScreeningApprovals(requests: readonly ApprovalRequest[], now: Date): Approval[] {
  return requests.flatMap((r) => toScreeningApproval(r, now) ?? []);
}
