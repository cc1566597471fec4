import { openTask, type FollowUpTask } from '../follow-up-tasks.js';
import { practiceFor } from '../pack-practice.js';
import type { WorkflowDeps } from '../shared/deps.js';
import { addHours, iso } from '../shared/time.js';
import type { ConsentRecord } from './consent-record.js';
import type { PublishedItem } from './revoke-consent.types.js';

/** When a take-down opened at `now` falls due: the pack's removal deadline (iwso 7.1 "immediately": two hours). */
export function takeDownDueAt(packId: string, now: Date): string {
  return iso(addHours(now, practiceFor(packId).removalDeadline.hours));
}

/**
 * A task to take down one item published under a consent that no longer holds, assigned to
 * whoever published it (else the communications delegate, who holds the official accounts).
 */
export function takeDownTask(item: PublishedItem, consent: ConsentRecord, when: { at: string; dueAt: string; deps: WorkflowDeps }): FollowUpTask {
  const detail: Record<string, string> = { activityId: item.activityId, scope: consent.scope };
  if (item.url !== undefined) detail.url = item.url;
  if (item.accountId !== undefined) detail.accountId = item.accountId;
  return openTask({
    id: when.deps.newId(), orgId: consent.orgId, kind: 'take-down', ref: { type: 'consent', id: consent.id },
    ...(item.publishedBy === undefined ? { assigneeRole: 'communications-delegate' } : { assigneeId: item.publishedBy }),
    dueAt: when.dueAt, createdAt: when.at, detail,
  });
}
