import type { Role } from '../engine/contract/enums.js';

/** What a follow-up task asks someone to do. */
export const TASK_KINDS = [
  'decide-approval', 'take-down', 'review-unauthorized-account', 'triage-incident',
  'remove-content', 'ministry-report', 'disciplinary-referral', 'legal-referral', 'quality-deviation',
] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

/** The record a task is about. */
export interface TaskRef {
  readonly type: 'approval' | 'consent' | 'account' | 'unauthorized-account' | 'incident';
  readonly id: string;
}

/** Something a person (or anyone holding a role) must do by a date. */
export interface FollowUpTask {
  readonly id: string;
  readonly orgId: string;
  readonly kind: TaskKind;
  readonly ref: TaskRef;
  /** The role expected to act; any holder in the organization may. */
  readonly assigneeRole?: Role;
  /** The person expected to act, when one is known. */
  readonly assigneeId?: string;
  readonly dueAt?: string;
  /** Short, non-personal details, e.g. the published item to take down. */
  readonly detail: Readonly<Record<string, string>>;
  readonly status: 'open' | 'done';
  readonly createdAt: string;
  readonly completedAt?: string;
  readonly completedBy?: string;
}

/** Opens a task. */
export function openTask(
  fields: Omit<FollowUpTask, 'status' | 'detail'> & { detail?: Record<string, string> },
): FollowUpTask {
  return { ...fields, detail: fields.detail ?? {}, status: 'open' };
}
