import { auditEvent, type DomainEvent } from '../audit-events.js';
import { iso } from '../shared/time.js';
import type { ApprovalRequest } from './approval-request.js';

/** The requests that lapsed, with one system event each. */
export interface ExpiredApprovals {
  readonly records: readonly ApprovalRequest[];
  readonly events: readonly DomainEvent[];
}

/**
 * Expires every pending request whose decision window has passed. Scheduled work calls this with
 * the due rows it has locked; requests not yet due, or no longer pending, are left out.
 */
export function expireApprovals(requests: readonly ApprovalRequest[], now: Date): ExpiredApprovals {
  const records: ApprovalRequest[] = [];
  const events: DomainEvent[] = [];
  for (const request of requests) {
    if (request.status !== 'pending' || new Date(request.expiresAt).getTime() > now.getTime()) continue;
    records.push({ ...request, status: 'expired', version: request.version + 1 });
    events.push(auditEvent('approval.expired', { orgId: request.orgId, actorId: null, at: iso(now), subjectId: request.id }, {
      expiresAt: request.expiresAt,
    }));
  }
  return { records, events };
}
