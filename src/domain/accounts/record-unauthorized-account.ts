import { auditEvent } from '../audit-events.js';
import { openTask } from '../follow-up-tasks.js';
import { practiceOf } from '../pack-practice.js';
import type { Actor } from '../shared/actor.js';
import type { WorkflowDeps } from '../shared/deps.js';
import { failure, success, type Outcome } from '../shared/outcome.js';
import { addHours, iso } from '../shared/time.js';
import { parseInput } from '../shared/validate.js';
import type { UnauthorizedAccount } from './official-account.js';
import { recordUnauthorizedAccountInputSchema } from './unauthorized-account.types.js';

export interface RecordUnauthorizedAccountCommand {
  readonly input: unknown;
  readonly actor: Actor;
  readonly deps: WorkflowDeps;
}

/** Review within the pack's ordinary incident deadline. */
const REVIEW_WITHIN_HOURS = 72;

/**
 * Records an account found without authorization and opens a review task for the role the pack
 * names (iwso 6.11.1: "subject to review when discovered"). Anyone in the organization may report one.
 */
export function recordUnauthorizedAccount(cmd: RecordUnauthorizedAccountCommand): Outcome<UnauthorizedAccount> {
  const parsed = parseInput(recordUnauthorizedAccountInputSchema, cmd.input);
  if (!parsed.ok) return failure(parsed.error);
  const { actor } = cmd;
  const now = cmd.deps.now();
  const at = iso(now);
  const finding: UnauthorizedAccount = {
    id: cmd.deps.newId(), orgId: actor.org.id, ...parsed.value, foundBy: actor.id, foundAt: at, status: 'open', version: 1,
  };
  const reviewer = practiceOf(actor.org).unauthorizedAccountReviewer;
  const task = openTask({
    id: cmd.deps.newId(), orgId: actor.org.id, kind: 'review-unauthorized-account', ref: { type: 'unauthorized-account', id: finding.id },
    assigneeRole: reviewer.role, dueAt: iso(addHours(now, REVIEW_WITHIN_HOURS)), createdAt: at, detail: { platform: finding.platform },
  });
  const event = auditEvent('account.unauthorized-found', { orgId: actor.org.id, actorId: actor.id, at, subjectId: finding.id }, {
    platform: finding.platform,
  });
  return success(finding, [event], [task]);
}
