import { auditEvent } from '../audit-events.js';
import { practiceFor } from '../pack-practice.js';
import { isManager, type Actor } from '../shared/actor.js';
import type { WorkflowDeps } from '../shared/deps.js';
import { domainError } from '../shared/errors.js';
import { failure, success, type Outcome } from '../shared/outcome.js';
import { iso } from '../shared/time.js';
import { parseInput } from '../shared/validate.js';
import type { UnauthorizedAccount } from './official-account.js';
import { reviewUnauthorizedAccountInputSchema } from './unauthorized-account.types.js';

export interface ReviewUnauthorizedAccountCommand {
  readonly finding: UnauthorizedAccount;
  readonly input: unknown;
  readonly actor: Actor;
  readonly deps: WorkflowDeps;
}

/** Closes the review of an unauthorized account: removed, amended, adopted into the registry, or no action. */
export function reviewUnauthorizedAccount(cmd: ReviewUnauthorizedAccountCommand): Outcome<UnauthorizedAccount> {
  const { finding, actor } = cmd;
  if (finding.orgId !== actor.org.id) return failure(domainError('not_found', 'No such finding.'));
  const reviewer = practiceFor(actor.org.packId).unauthorizedAccountReviewer;
  if (actor.role !== reviewer.role && !isManager(actor.role)) {
    return failure(domainError('forbidden', `Only the ${reviewer.role} or a manager reviews it.`, { reason: 'wrong_role' }));
  }
  if (finding.status === 'reviewed') return failure(domainError('conflict', 'It was already reviewed.', { reason: 'already_reviewed' }));
  const parsed = parseInput(reviewUnauthorizedAccountInputSchema, cmd.input);
  if (!parsed.ok) return failure(parsed.error);
  const at = iso(cmd.deps.now());
  const reviewed: UnauthorizedAccount = {
    ...finding, status: 'reviewed', review: { ...parsed.value, by: actor.id, at }, version: finding.version + 1,
  };
  const event = auditEvent('account.unauthorized-reviewed', { orgId: finding.orgId, actorId: actor.id, at, subjectId: finding.id }, {
    resolution: parsed.value.resolution,
  });
  return success(reviewed, [event]);
}
