import { auditEvent } from '../audit-events.js';
import { isManager, type Actor } from '../shared/actor.js';
import type { WorkflowDeps } from '../shared/deps.js';
import { domainError } from '../shared/errors.js';
import { failure, success, type Outcome } from '../shared/outcome.js';
import { iso } from '../shared/time.js';
import { parseInput } from '../shared/validate.js';
import type { TrainingRecord } from './compliance-records.js';
import { recordTrainingInputSchema } from './compliance.types.js';

export interface RecordTrainingCommand {
  readonly input: unknown;
  /** Whether `input.personId` is a person of the actor's organization (the caller looks it up). */
  readonly personInOrg: boolean;
  readonly actor: Actor;
  readonly deps: WorkflowDeps;
}

/**
 * Records training a person completed (chc-wales "Training": at induction, then refresher at least
 * every two years). Managers record it, so that nobody certifies their own training.
 */
export function recordTraining(cmd: RecordTrainingCommand): Outcome<TrainingRecord> {
  const { actor } = cmd;
  if (!isManager(actor.role)) return failure(domainError('forbidden', 'Only a manager records training.', { reason: 'wrong_role' }));
  const parsed = parseInput(recordTrainingInputSchema, cmd.input);
  if (!parsed.ok) return failure(parsed.error);
  const input = parsed.value;
  if (!cmd.personInOrg) return failure(domainError('not_found', 'No such person.', { field: 'personId' }));
  if (input.personId === actor.id) return failure(domainError('forbidden', 'Nobody records their own training.', { reason: 'self_certification' }));
  const now = cmd.deps.now();
  if (new Date(input.completedAt).getTime() > now.getTime()) {
    return failure(domainError('validation', 'completedAt is in the future.', { field: 'completedAt' }));
  }
  const at = iso(now);
  const record: TrainingRecord = {
    id: cmd.deps.newId(), orgId: actor.org.id, personId: input.personId, kind: input.kind,
    completedAt: new Date(input.completedAt).toISOString(), packId: actor.org.packId, packVersion: actor.org.packVersion,
    recordedBy: actor.id, recordedAt: at, note: input.note,
  };
  const event = auditEvent('training.recorded', { orgId: actor.org.id, actorId: actor.id, at, subjectId: record.id }, {
    personId: input.personId, trainingKind: input.kind, completedAt: record.completedAt,
  });
  return success(record, [event]);
}
