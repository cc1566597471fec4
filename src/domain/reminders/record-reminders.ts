import { grantStatus } from '../accounts/grant-status.js';
import type { PackPractice } from '../pack-practice.types.js';
import { addMonths, iso, parseInstant } from '../shared/time.js';
import type { ReminderRecords } from './due-reminders.types.js';
import { reminder, type Reminder } from './reminder.js';

/** The next review of the policy: after the latest review, or after adopting the version (stass, chc-wales). */
export function reviewReminders(records: ReminderRecords, practice: PackPractice, now: Date): Reminder[] {
  const rule = practice.review;
  if (!rule) return [];
  const latest = [...(records.reviews ?? [])].sort((a, b) => b.reviewedAt.localeCompare(a.reviewedAt))[0];
  const from = latest ? new Date(latest.reviewedAt) : new Date(records.versionAdoptedAt);
  return [reminder(now, {
    kind: 'policy-review', assigneeRole: 'executive-director', ref: { type: 'organization', id: records.org.id },
    clause: rule.clause, dueAt: iso(addMonths(from, rule.intervalMonths)),
  })];
}

/** Pending approvals awaiting their decider, incidents awaiting triage, and open tasks. */
export function workReminders(records: ReminderRecords, now: Date): Reminder[] {
  const approvals = (records.approvals ?? []).filter((a) => a.status === 'pending').map((a) => reminder(now, {
    kind: 'approval-decision', assigneeRole: a.approverRole, personId: a.approverId, ref: { type: 'approval', id: a.id }, dueAt: a.expiresAt,
  }));
  const incidents = (records.incidents ?? []).filter((i) => i.status === 'reported').map((i) => reminder(now, {
    kind: 'incident-triage', assigneeRole: i.handlerRoles[0], ref: { type: 'incident', id: i.id }, dueAt: i.dueAt,
  }));
  const tasks = (records.tasks ?? []).filter((t) => t.status === 'open' && t.dueAt !== undefined).map((t) => reminder(now, {
    kind: 'task', assigneeRole: t.assigneeRole, personId: t.assigneeId, ref: t.ref, dueAt: t.dueAt as string,
  }));
  return [...approvals, ...incidents, ...tasks];
}

/** Access grants about to end, and consents about to lapse, so they can be renewed in time. */
export function expiryReminders(records: ReminderRecords, now: Date): Reminder[] {
  const grants = (records.grants ?? []).filter((g) => grantStatus(g, now) === 'active').map((g) => reminder(now, {
    kind: 'grant-ending', personId: g.personId, ref: { type: 'grant', id: g.id }, dueAt: g.until,
  }));
  const consents = (records.consents ?? []).filter((c) => c.status === 'active' && c.validUntil !== undefined).map((c) => reminder(now, {
    kind: 'consent-expiring', ref: { type: 'consent', id: c.id }, dueAt: iso(parseInstant(c.validUntil as string, true)),
  }));
  return [...grants, ...consents];
}
