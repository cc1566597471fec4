import { auditEvent } from '../audit-events.js';
import { isManager, type Actor } from '../shared/actor.js';
import type { WorkflowDeps } from '../shared/deps.js';
import { domainError } from '../shared/errors.js';
import { failure, success, type Outcome } from '../shared/outcome.js';
import { hasLapsed, iso } from '../shared/time.js';
import { parseInput } from '../shared/validate.js';
import type { CourtAuthorizationRecord } from './consent-record.js';
import { recordCourtAuthorizationInputSchema } from './record-court-authorization.types.js';

export interface RecordCourtAuthorizationCommand {
  readonly input: unknown;
  readonly actor: Actor;
  readonly deps: WorkflowDeps;
}

/**
 * Records a court authorization. For a child under youth protection no consent suffices — "SEUL le
 * tribunal" may allow identifying the child (cisss-gaspesie, LPJ art. 11.2.1) — so only managers,
 * who hold the judgment, record one.
 */
export function recordCourtAuthorization(cmd: RecordCourtAuthorizationCommand): Outcome<CourtAuthorizationRecord> {
  const { actor } = cmd;
  if (!isManager(actor.role)) {
    return failure(domainError('forbidden', 'Only a manager records a court authorization.', { reason: 'wrong_role' }));
  }
  const parsed = parseInput(recordCourtAuthorizationInputSchema, cmd.input);
  if (!parsed.ok) return failure(parsed.error);
  const input = parsed.value;
  const now = cmd.deps.now();
  if (hasLapsed(input.validUntil, now)) {
    return failure(domainError('validation', 'validUntil is in the past.', { field: 'validUntil' }));
  }
  const at = iso(now);
  const record: CourtAuthorizationRecord = {
    id: cmd.deps.newId(), orgId: actor.org.id, subject: input.subject, scope: input.scope,
    judgmentReference: input.judgmentReference, issuedAt: input.issuedAt, validUntil: input.validUntil,
    recordedBy: actor.id, recordedAt: at,
  };
  const event = auditEvent('court-authorization.recorded', { orgId: actor.org.id, actorId: actor.id, at, subjectId: record.id }, {
    subject: input.subject, scope: input.scope,
  });
  return success(record, [event]);
}
