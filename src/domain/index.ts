/**
 * Postwise's workflows as a pure domain: each use case takes the current record(s), its input,
 * the actor and a clock/id source, and returns the new record(s), the audit events to write and
 * the follow-up tasks to open — or a domain error with a stable code. No I/O.
 */
export * from './shared/actor.js';
export * from './shared/deps.js';
export * from './shared/errors.js';
export * from './shared/outcome.js';
export * from './audit-events.js';
export * from './follow-up-tasks.js';
export * from './pack-practice.js';
export * from './pack-practice.types.js';

export * from './approvals/approval-request.js';
export * from './approvals/route-approval.js';
export * from './approvals/request-approval.js';
export * from './approvals/request-approval.types.js';
export * from './approvals/decide-approval.js';
export * from './approvals/decide-approval.types.js';
export * from './approvals/withdraw-approval.js';
export * from './approvals/withdraw-approval.types.js';
export * from './approvals/expire-approvals.js';
export * from './approvals/revoke-approval.js';
export * from './approvals/revoke-approval.types.js';
export * from './approvals/to-screening-approval.js';

export * from './consents/consent-record.js';
export * from './consents/consent-in-force.js';
export * from './consents/record-consent.js';
export * from './consents/record-consent.types.js';
export * from './consents/revoke-consent.js';
export * from './consents/revoke-consent.types.js';
export * from './consents/record-court-authorization.js';
export * from './consents/record-court-authorization.types.js';
export * from './consents/to-screening-consent.js';
export * from './consents/take-down-task.js';
export * from './consents/consents-relied-on.js';

export * from './publications/publication.js';
export * from './publications/record-publication.js';
export * from './publications/record-publication.types.js';

export * from './accounts/official-account.js';
export * from './accounts/grant-status.js';
export * from './accounts/register-official-account.js';
export * from './accounts/register-official-account.types.js';
export * from './accounts/grant-account-access.js';
export * from './accounts/grant-account-access.types.js';
export * from './accounts/revoke-account-access.js';
export * from './accounts/revoke-account-access.types.js';
export * from './accounts/record-unauthorized-account.js';
export * from './accounts/review-unauthorized-account.js';
export * from './accounts/unauthorized-account.types.js';
export * from './accounts/to-screening-account.js';

export * from './exchanges/client-exchange.js';
export * from './exchanges/log-client-exchange.js';
export * from './exchanges/log-client-exchange.types.js';

export * from './incidents/incident.js';
export * from './incidents/report-incident.js';
export * from './incidents/report-incident.types.js';
export * from './incidents/triage-incident.js';
export * from './incidents/triage-incident.types.js';
export * from './incidents/investigate-incident.js';
export * from './incidents/add-incident-evidence.js';
export * from './incidents/add-incident-evidence.types.js';
export * from './incidents/close-incident.js';
export * from './incidents/close-incident.types.js';

export * from './compliance/compliance-records.js';
export * from './compliance/compliance.types.js';
export * from './compliance/acknowledge-policy.js';
export * from './compliance/record-training.js';
export * from './compliance/record-policy-review.js';
export * from './compliance/adopt-own-pack.js';
export * from './shared/pack-id.js';

export * from './passwords/check-password.js';
export * from './reminders/reminder.js';
export * from './reminders/due-reminders.js';
export * from './reminders/due-reminders.types.js';
export * from './tasks/complete-task.js';
export * from './tasks/complete-task.types.js';
