import { auditEvent } from '../audit-events.js';
import type { Actor } from '../shared/actor.js';
import { practicePackOf } from '../pack-practice.js';
import { changeRecord } from '../shared/change-record.js';
import type { WorkflowDeps } from '../shared/deps.js';
import { domainError } from '../shared/errors.js';
import { success, type Outcome } from '../shared/outcome.js';
import { iso } from '../shared/time.js';
import type { ConsentRecord } from './consent-record.js';
import { revokeConsentInputSchema, type PublishedItem } from './revoke-consent.types.js';
import { takeDownDueAt, takeDownTask } from './take-down-task.js';

export interface RevokeConsentCommand {
  readonly consent: ConsentRecord;
  /**
   * What the platform knows was published relying on the consent: checks whose author said
   * they were published (the caller reads them from the store).
   */
  readonly published?: readonly PublishedItem[];
  /** `reason`, and optionally items published outside Postwise that relied on the consent. */
  readonly input: unknown;
  readonly actor: Actor;
  readonly deps: WorkflowDeps;
}

/**
 * Revokes a consent and opens one take-down task per item published under it, due by the pack's
 * removal deadline and assigned to whoever published it (else the communications delegate).
 * An item both known to the platform and declared by the caller gets one task.
 */
export function revokeConsent(cmd: RevokeConsentCommand): Outcome<ConsentRecord> {
  const { consent, actor } = cmd;
  return changeRecord({
    noun: 'consent', record: consent, actor, schema: revokeConsentInputSchema, input: cmd.input,
    allowed: () => (consent.status === 'revoked' ? domainError('conflict', 'The consent was already revoked.', { reason: 'already_revoked' }) : null),
    apply: (input) => {
      const now = cmd.deps.now();
      const at = iso(now);
      const dueAt = takeDownDueAt(practicePackOf(actor.org), now);
      const items = distinctItems([...(cmd.published ?? []), ...input.publishedItems]);
      const tasks = items.map((item) => takeDownTask(item, consent, { at, dueAt, deps: cmd.deps }));
      const revoked: ConsentRecord = {
        ...consent, status: 'revoked', revocation: { at, by: actor.id, reason: input.reason }, version: consent.version + 1,
      };
      const event = auditEvent('consent.revoked', { orgId: consent.orgId, actorId: actor.id, at, subjectId: consent.id }, {
        subject: consent.subject, scope: consent.scope, takeDownTasks: tasks.length,
      });
      return success(revoked, [event], tasks);
    },
  });
}

/** The first item of each activity: the platform's record wins over the caller's declaration. */
function distinctItems(items: readonly PublishedItem[]): PublishedItem[] {
  const byActivity = new Map<string, PublishedItem>();
  for (const item of items) if (!byActivity.has(item.activityId)) byActivity.set(item.activityId, item);
  return [...byActivity.values()];
}
