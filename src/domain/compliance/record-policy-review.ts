import type { Role } from '../../engine/contract/enums.js';
import { auditEvent } from '../audit-events.js';
import { practiceOf } from '../pack-practice.js';
import type { Actor } from '../shared/actor.js';
import type { WorkflowDeps } from '../shared/deps.js';
import { domainError } from '../shared/errors.js';
import { failure, success, type Outcome } from '../shared/outcome.js';
import { addMonths, iso } from '../shared/time.js';
import { parseInput } from '../shared/validate.js';
import type { PolicyReview } from './compliance-records.js';
import { recordPolicyReviewInputSchema } from './compliance.types.js';

export interface RecordPolicyReviewCommand {
  readonly input: unknown;
  readonly actor: Actor;
  readonly deps: WorkflowDeps;
}

/** Stass "Policy Review": "The Director and Board of Trustees"; chc-wales: "The Board of CHCs". */
const REVIEWER_ROLES: readonly Role[] = ['executive-director', 'chief-officer', 'chief-executive', 'board-member'];

/** Records a review of the policy and sets when the next one falls due under the pack. */
export function recordPolicyReview(cmd: RecordPolicyReviewCommand): Outcome<PolicyReview> {
  const { actor } = cmd;
  if (!REVIEWER_ROLES.includes(actor.role)) {
    return failure(domainError('forbidden', 'Only the director or the board records a policy review.', { reason: 'wrong_role' }));
  }
  const parsed = parseInput(recordPolicyReviewInputSchema, cmd.input);
  if (!parsed.ok) return failure(parsed.error);
  const now = cmd.deps.now();
  const reviewedAt = new Date(parsed.value.reviewedAt);
  if (reviewedAt.getTime() > now.getTime()) return failure(domainError('validation', 'reviewedAt is in the future.', { field: 'reviewedAt' }));
  const interval = practiceOf(actor.org).review?.intervalMonths;
  const at = iso(now);
  const review: PolicyReview = {
    id: cmd.deps.newId(), orgId: actor.org.id, packId: actor.org.packId, packVersion: actor.org.packVersion,
    reviewedAt: iso(reviewedAt), reviewedBy: actor.id, note: parsed.value.note,
    nextReviewDue: interval === undefined ? undefined : iso(addMonths(reviewedAt, interval)),
  };
  const event = auditEvent('policy.reviewed', { orgId: actor.org.id, actorId: actor.id, at, subjectId: review.id }, {
    packId: review.packId, packVersion: review.packVersion, nextReviewDue: review.nextReviewDue,
  });
  return success(review, [event]);
}
