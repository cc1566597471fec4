import type { Role } from '../../engine/contract/enums.js';
import type { AccessGrant } from '../accounts/official-account.js';
import type { ApprovalRequest } from '../approvals/approval-request.js';
import type { PolicyAcknowledgement, PolicyReview, TrainingRecord } from '../compliance/compliance-records.js';
import type { ConsentRecord } from '../consents/consent-record.js';
import type { FollowUpTask } from '../follow-up-tasks.js';
import type { Incident } from '../incidents/incident.js';
import type { OrgRef } from '../shared/actor.js';

/** A person as reminders need them: when they started, and when their password last changed. */
export interface ReminderPerson {
  readonly id: string;
  readonly role: Role;
  readonly startedAt: string;
  readonly archived?: boolean;
  /** Local accounts only; `null` for people who sign in otherwise. */
  readonly passwordChangedAt?: string | null;
}

/** Everything of one organization that may fall due. Omitted lists count as empty. */
export interface ReminderRecords {
  readonly org: OrgRef;
  /** When the organization adopted the current pack version (the clock for signatures and reviews). */
  readonly versionAdoptedAt: string;
  readonly people?: readonly ReminderPerson[];
  readonly acknowledgements?: readonly PolicyAcknowledgement[];
  readonly training?: readonly TrainingRecord[];
  readonly reviews?: readonly PolicyReview[];
  readonly approvals?: readonly ApprovalRequest[];
  readonly grants?: readonly AccessGrant[];
  readonly consents?: readonly ConsentRecord[];
  readonly incidents?: readonly Incident[];
  readonly tasks?: readonly FollowUpTask[];
}

export interface DueRemindersOptions {
  /** Also list what falls due within this many days (default 14); overdue items always show. */
  readonly horizonDays?: number;
}
