import type { Role } from '../../engine/contract/enums.js';
import type { ClauseRef } from '../pack-practice.types.js';
import type { TaskRef } from '../follow-up-tasks.js';

export const REMINDER_KINDS = [
  'acknowledgement', 'training-induction', 'training-refresher', 'policy-review', 'password-change',
  'approval-decision', 'grant-ending', 'consent-expiring', 'incident-triage', 'task',
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** Something that falls due: for whom, by when, and the clause that asks for it. */
export interface Reminder {
  readonly kind: ReminderKind;
  readonly dueAt: string;
  readonly overdue: boolean;
  /** The person the reminder is for (who must sign, train, change a password, do a task). */
  readonly personId?: string;
  /** The role expected to act, when no single person is. */
  readonly assigneeRole?: Role;
  readonly ref?: TaskRef | { readonly type: 'grant' | 'person' | 'organization'; readonly id: string };
  readonly clause?: ClauseRef;
}

/** Builds a reminder and marks it overdue relative to `now`. */
export function reminder(now: Date, fields: Omit<Reminder, 'overdue'>): Reminder {
  return { ...fields, overdue: new Date(fields.dueAt).getTime() < now.getTime() };
}
