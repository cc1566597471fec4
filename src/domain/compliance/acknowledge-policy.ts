import { auditEvent } from '../audit-events.js';
import type { Actor } from '../shared/actor.js';
import type { WorkflowDeps } from '../shared/deps.js';
import { domainError } from '../shared/errors.js';
import { failure, success, type Outcome } from '../shared/outcome.js';
import { iso } from '../shared/time.js';
import { parseInput } from '../shared/validate.js';
import type { PolicyAcknowledgement } from './compliance-records.js';
import { acknowledgePolicyInputSchema } from './compliance.types.js';

export interface AcknowledgePolicyCommand {
  readonly input: unknown;
  /** The actor's own acknowledgements so far. */
  readonly existing: readonly PolicyAcknowledgement[];
  readonly actor: Actor;
  readonly deps: WorkflowDeps;
}

/**
 * The actor signs the current version of the organization's pack — name, time and the statement
 * signed (iwso §9: users "shall agree in writing"; stass: "Signed … Print Name … Date"). Each
 * version is signed once; a new version asks again.
 */
export function acknowledgePolicy(cmd: AcknowledgePolicyCommand): Outcome<PolicyAcknowledgement> {
  const parsed = parseInput(acknowledgePolicyInputSchema, cmd.input);
  if (!parsed.ok) return failure(parsed.error);
  const input = parsed.value;
  const { actor } = cmd;
  if (input.packVersion !== actor.org.packVersion) {
    return failure(domainError('invalid_state', `Version ${input.packVersion} is not the current version (${actor.org.packVersion}).`, { field: 'packVersion', reason: 'not_current_version' }));
  }
  const already = cmd.existing.some((a) => a.orgId === actor.org.id && a.personId === actor.id
    && a.packId === actor.org.packId && a.packVersion === actor.org.packVersion);
  if (already) return failure(domainError('conflict', 'You already signed this version.', { reason: 'already_signed' }));
  const at = iso(cmd.deps.now());
  const record: PolicyAcknowledgement = {
    id: cmd.deps.newId(), orgId: actor.org.id, personId: actor.id, signedName: input.signedName,
    packId: actor.org.packId, packVersion: actor.org.packVersion, statement: input.statement, signedAt: at,
  };
  const event = auditEvent('policy.acknowledged', { orgId: actor.org.id, actorId: actor.id, at, subjectId: record.id }, {
    packId: record.packId, packVersion: record.packVersion,
  });
  return success(record, [event]);
}
