import { auditEvent } from '../audit-events.js';
import { practiceOf } from '../pack-practice.js';
import { isManager, type Actor } from '../shared/actor.js';
import { changeRecord } from '../shared/change-record.js';
import type { WorkflowDeps } from '../shared/deps.js';
import { domainError } from '../shared/errors.js';
import { success, type Outcome } from '../shared/outcome.js';
import { iso } from '../shared/time.js';
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
  return changeRecord({
    noun: 'finding', record: finding, actor, schema: reviewUnauthorizedAccountInputSchema, input: cmd.input,
    mayAct: () => {
      const reviewer = practiceOf(actor.org).unauthorizedAccountReviewer;
      return actor.role === reviewer.role || isManager(actor.role) ? null
        : domainError('forbidden', `Only the ${reviewer.role} or a manager reviews it.`, { reason: 'wrong_role' });
    },
    allowed: () => (finding.status === 'reviewed' ? domainError('conflict', 'It was already reviewed.', { reason: 'already_reviewed' }) : null),
    apply: (input) => {
      const at = iso(cmd.deps.now());
      const reviewed: UnauthorizedAccount = { ...finding, status: 'reviewed', review: { ...input, by: actor.id, at }, version: finding.version + 1 };
      const event = auditEvent('account.unauthorized-reviewed', { orgId: finding.orgId, actorId: actor.id, at, subjectId: finding.id }, {
        resolution: input.resolution,
      });
      return success(reviewed, [event]);
    },
  });
}
