import { practiceOf } from '../pack-practice.js';
import { addDays } from '../shared/time.js';
import type { DueRemindersOptions, ReminderRecords } from './due-reminders.types.js';
import { acknowledgementReminders, passwordReminders, trainingReminders } from './people-reminders.js';
import { expiryReminders, reviewReminders, workReminders } from './record-reminders.js';
import type { Reminder } from './reminder.js';

const DEFAULT_HORIZON_DAYS = 14;

/**
 * Everything of one organization that is overdue or falls due within the horizon, soonest first:
 * signatures of the current pack version, induction and refresher training, the policy review,
 * password changes, pending approvals, untriaged incidents, open tasks, grants and consents
 * running out. Pure: the caller passes the records and the time.
 *
 * @example
 * dueReminders(new Date(), { org, versionAdoptedAt, people, acknowledgements })
 *   .filter((r) => r.overdue)
 */
export function dueReminders(now: Date, records: ReminderRecords, options: DueRemindersOptions = {}): Reminder[] {
  const practice = practiceOf(records.org);
  const people = (records.people ?? []).filter((p) => !p.archived);
  const all = [
    ...acknowledgementReminders(records, people, practice, now),
    ...trainingReminders(records.training ?? [], people, practice, now),
    ...passwordReminders(records, people, now),
    ...reviewReminders(records, practice, now),
    ...workReminders(records, now),
    ...expiryReminders(records, now),
  ];
  const horizon = addDays(now, options.horizonDays ?? DEFAULT_HORIZON_DAYS).getTime();
  return all
    .filter((r) => new Date(r.dueAt).getTime() <= horizon)
    .sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.kind.localeCompare(b.kind));
}
