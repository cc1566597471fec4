import { auditEvent } from '../audit-events.js';
import { openTask, type FollowUpTask } from '../follow-up-tasks.js';
import { practiceFor } from '../pack-practice.js';
import type { Actor } from '../shared/actor.js';
import type { WorkflowDeps } from '../shared/deps.js';
import { domainError } from '../shared/errors.js';
import { failure, success, type Outcome } from '../shared/outcome.js';
import { addHours, iso } from '../shared/time.js';
import { parseInput } from '../shared/validate.js';
import type { ConsentRecord } from './consent-record.js';
import { revokeConsentInputSchema, type PublishedItem } from './revoke-consent.types.js';

export interface RevokeConsentCommand {
  readonly consent: ConsentRecord;
  /** `reason` and the published items that relied on the consent (the caller looks them up). */
  readonly input: unknown;
  readonly actor: Actor;
  readonly deps: WorkflowDeps;
}

/**
 * Revokes a consent and opens one take-down task per item published under it, due by the pack's
 * removal deadline and assigned to whoever published it (else the communications delegate).
 */
export function revokeConsent(cmd: RevokeConsentCommand): Outcome<ConsentRecord> {
  const { consent, actor } = cmd;
  if (consent.orgId !== actor.org.id) return failure(domainError('not_found', 'No such consent.'));
  if (consent.status === 'revoked') {
    return failure(domainError('conflict', 'The consent was already revoked.', { reason: 'already_revoked' }));
  }
  const parsed = parseInput(revokeConsentInputSchema, cmd.input);
  if (!parsed.ok) return failure(parsed.error);
  const now = cmd.deps.now();
  const at = iso(now);
  const dueAt = iso(addHours(now, practiceFor(actor.org.packId).removalDeadline.hours));
  const tasks = parsed.value.publishedItems.map((item) => takeDownTask(item, consent, { at, dueAt, deps: cmd.deps }));
  const revoked: ConsentRecord = {
    ...consent, status: 'revoked', revocation: { at, by: actor.id, reason: parsed.value.reason }, version: consent.version + 1,
  };
  const event = auditEvent('consent.revoked', { orgId: consent.orgId, actorId: actor.id, at, subjectId: consent.id }, {
    subject: consent.subject, scope: consent.scope, takeDownTasks: tasks.length,
  });
  return success(revoked, [event], tasks);
}

function takeDownTask(item: PublishedItem, consent: ConsentRecord, when: { at: string; dueAt: string; deps: WorkflowDeps }): FollowUpTask {
  const detail: Record<string, string> = { activityId: item.activityId, scope: consent.scope };
  if (item.url !== undefined) detail.url = item.url;
  if (item.accountId !== undefined) detail.accountId = item.accountId;
  return openTask({
    id: when.deps.newId(), orgId: consent.orgId, kind: 'take-down', ref: { type: 'consent', id: consent.id },
    ...(item.publishedBy === undefined ? { assigneeRole: 'communications-delegate' } : { assigneeId: item.publishedBy }),
    dueAt: when.dueAt, createdAt: when.at, detail,
  });
}
