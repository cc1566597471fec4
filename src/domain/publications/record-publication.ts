import { auditEvent } from '../audit-events.js';
import type { ConsentRecord } from '../consents/consent-record.js';
import { takeDownDueAt, takeDownTask } from '../consents/take-down-task.js';
import type { Actor } from '../shared/actor.js';
import { practicePackOf } from '../pack-practice.js';
import { changeRecord } from '../shared/change-record.js';
import type { WorkflowDeps } from '../shared/deps.js';
import { domainError } from '../shared/errors.js';
import { failure, success, type Outcome } from '../shared/outcome.js';
import { iso, parseInstant } from '../shared/time.js';
import type { CheckRef, Publication } from './publication.js';
import { recordPublicationInputSchema } from './record-publication.types.js';

export interface RecordPublicationCommand {
  readonly check: CheckRef;
  /** The check's publication on file, if any. */
  readonly existing?: Publication;
  /** Consents the check relied on that have been revoked since: what was published must come down at once. */
  readonly revokedReliedOn: readonly ConsentRecord[];
  readonly input: unknown;
  readonly actor: Actor;
  readonly deps: WorkflowDeps;
}

/**
 * Records that the author of a check published what it screened. A revocation then opens a
 * take-down for it; a consent it relied on that is already revoked opens one now.
 */
export function recordPublication(cmd: RecordPublicationCommand): Outcome<Publication> {
  const { check, actor } = cmd;
  return changeRecord({
    noun: 'check', record: check, actor, schema: recordPublicationInputSchema, input: cmd.input,
    mayAct: () => (check.personId === actor.id ? null
      : domainError('forbidden', 'Only whoever ran the check says it was published.', { reason: 'not_author' })),
    allowed: () => (cmd.existing ? domainError('conflict', 'This check is already recorded as published.', { reason: 'already_published' }) : null),
    apply: (input) => {
      const now = cmd.deps.now();
      if (input.publishedAt !== undefined && parseInstant(input.publishedAt).getTime() > now.getTime()) {
        return failure(domainError('validation', 'publishedAt is in the future.', { field: 'publishedAt' }));
      }
      const at = iso(now);
      const record: Publication = {
        id: cmd.deps.newId(), orgId: check.orgId, checkId: check.id, publishedBy: actor.id, url: input.url, accountId: input.accountId,
        publishedAt: input.publishedAt === undefined ? at : iso(parseInstant(input.publishedAt)), recordedAt: at,
      };
      const item = { activityId: check.id, url: input.url, accountId: input.accountId, publishedBy: actor.id };
      const dueAt = takeDownDueAt(practicePackOf(actor.org), now);
      const tasks = cmd.revokedReliedOn.map((consent) => takeDownTask(item, consent, { at, dueAt, deps: cmd.deps }));
      const event = auditEvent('check.published', { orgId: check.orgId, actorId: actor.id, at, subjectId: record.id }, {
        checkId: check.id, takeDownTasks: tasks.length,
      });
      return success(record, [event], tasks);
    },
  });
}
