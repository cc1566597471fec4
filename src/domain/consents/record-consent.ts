import { auditEvent } from '../audit-events.js';
import { practiceOf } from '../pack-practice.js';
import type { Actor } from '../shared/actor.js';
import type { WorkflowDeps } from '../shared/deps.js';
import { domainError } from '../shared/errors.js';
import { failure, success, type Outcome } from '../shared/outcome.js';
import { hasLapsed, iso, parseInstant } from '../shared/time.js';
import { parseInput } from '../shared/validate.js';
import type { ConsentRecord } from './consent-record.js';
import { recordConsentInputSchema } from './record-consent.types.js';

export interface RecordConsentCommand {
  readonly input: unknown;
  readonly actor: Actor;
  readonly deps: WorkflowDeps;
}

/** Media and names identify a person; communication consent only covers the channel. */
const IDENTIFYING_SCOPES = new Set(['photo', 'video', 'story', 'name']);

/**
 * Records a consent as signed. Where the pack wants consent to identifying media in writing
 * (iwso 6.9.3, chc-wales, cisss-gaspesie), an unwritten one is refused rather than stored as if
 * it sufficed.
 */
export function recordConsent(cmd: RecordConsentCommand): Outcome<ConsentRecord> {
  const parsed = parseInput(recordConsentInputSchema, cmd.input);
  if (!parsed.ok) return failure(parsed.error);
  const input = parsed.value;
  const { actor } = cmd;
  const now = cmd.deps.now();
  const rule = practiceOf(actor.org).consentMustBeWritten;
  if (rule.value && !input.written && IDENTIFYING_SCOPES.has(input.scope)) {
    return failure(domainError('validation', `This policy requires written consent: "${rule.clause.text}"`, { field: 'written', reason: 'written_consent_required' }));
  }
  if (parseInstant(input.signedAt).getTime() > now.getTime()) {
    return failure(domainError('validation', 'signedAt is in the future.', { field: 'signedAt' }));
  }
  if (hasLapsed(input.validUntil, now)) {
    return failure(domainError('validation', 'validUntil is in the past.', { field: 'validUntil' }));
  }
  const at = iso(now);
  const record: ConsentRecord = {
    id: cmd.deps.newId(), orgId: actor.org.id, subject: input.subject, scope: input.scope, signedBy: input.signedBy,
    signerName: input.signerName, written: input.written, informedOfRisks: input.informedOfRisks, signedAt: input.signedAt,
    validUntil: input.validUntil, documentSha256: input.documentSha256, recordedBy: actor.id, recordedAt: at,
    status: 'active', version: 1,
  };
  const event = auditEvent('consent.recorded', { orgId: actor.org.id, actorId: actor.id, at, subjectId: record.id }, {
    subject: input.subject, scope: input.scope, signedBy: input.signedBy, written: input.written, informedOfRisks: input.informedOfRisks,
  });
  return success(record, [event]);
}
