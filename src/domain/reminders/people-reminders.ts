import type { TrainingRecord } from '../compliance/compliance-records.js';
import type { PackPractice } from '../pack-practice.types.js';
import { practicePackOf } from '../pack-practice.js';
import { passwordRulesFor } from '../passwords/check-password.js';
import { addDays, addMonths, iso } from '../shared/time.js';
import type { ReminderPerson, ReminderRecords } from './due-reminders.types.js';
import { reminder, type Reminder } from './reminder.js';

const later = (a: string, b: string) => (new Date(a).getTime() >= new Date(b).getTime() ? a : b);

/** Each active person who has not signed the current version: due some days after it (or they) arrived. */
export function acknowledgementReminders(records: ReminderRecords, people: readonly ReminderPerson[], practice: PackPractice, now: Date): Reminder[] {
  const signed = new Set((records.acknowledgements ?? [])
    .filter((a) => a.packId === records.org.packId && a.packVersion === records.org.packVersion)
    .map((a) => a.personId));
  return people.filter((p) => !signed.has(p.id)).map((p) => reminder(now, {
    kind: 'acknowledgement', personId: p.id, ref: { type: 'person', id: p.id }, clause: practice.acknowledgement.clause,
    dueAt: iso(addDays(new Date(later(p.startedAt, records.versionAdoptedAt)), practice.acknowledgement.withinDays)),
  }));
}

/** Induction for newcomers, then a refresher every interval after the latest training (chc-wales "Training"). */
export function trainingReminders(training: readonly TrainingRecord[], people: readonly ReminderPerson[], practice: PackPractice, now: Date): Reminder[] {
  const rule = practice.training;
  if (!rule) return [];
  return people.map((p) => {
    const latest = training.filter((t) => t.personId === p.id)
      .reduce<string | null>((acc, t) => (acc === null ? t.completedAt : later(acc, t.completedAt)), null);
    if (latest === null) {
      return reminder(now, { kind: 'training-induction', personId: p.id, ref: { type: 'person', id: p.id }, clause: rule.clause, dueAt: iso(addDays(new Date(p.startedAt), rule.inductionWithinDays)) });
    }
    return reminder(now, { kind: 'training-refresher', personId: p.id, ref: { type: 'person', id: p.id }, clause: rule.clause, dueAt: iso(addMonths(new Date(latest), rule.refresherMonths)) });
  });
}

/** Password changes where the pack sets a maximum age (iwso §8.2: every six months). */
export function passwordReminders(records: ReminderRecords, people: readonly ReminderPerson[], now: Date): Reminder[] {
  const rules = passwordRulesFor(practicePackOf(records.org));
  const months = rules.maxAgeMonths;
  if (months === undefined) return [];
  return people.flatMap((p) => (p.passwordChangedAt ? [reminder(now, {
    kind: 'password-change', personId: p.id, ref: { type: 'person', id: p.id }, clause: rules.clause,
    dueAt: iso(addMonths(new Date(p.passwordChangedAt), months)),
  })] : []));
}
