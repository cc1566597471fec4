import { auditEvent } from '../audit-events.js';
import type { Actor } from '../shared/actor.js';
import type { WorkflowDeps } from '../shared/deps.js';
import { domainError } from '../shared/errors.js';
import { failure, success, type Outcome } from '../shared/outcome.js';
import { iso } from '../shared/time.js';
import { parseInput } from '../shared/validate.js';
import { addIncidentEvidenceInputSchema } from './add-incident-evidence.types.js';
import { checkHandler, checkIncidentOrg, checkStatus } from './incident-access.js';
import type { Incident } from './incident.js';

export interface AddIncidentEvidenceCommand {
  readonly incident: Incident;
  readonly input: unknown;
  readonly actor: Actor;
  readonly deps: WorkflowDeps;
}

/**
 * Attaches evidence to an open incident (stass 5.5: report "along with any supporting evidence").
 * The named reporter or a handler may; the same file twice is a conflict.
 */
export function addIncidentEvidence(cmd: AddIncidentEvidenceCommand): Outcome<Incident> {
  const { incident, actor } = cmd;
  const isReporter = incident.reporterId !== undefined && incident.reporterId === actor.id;
  const refused = checkIncidentOrg(incident, actor) ?? (isReporter ? null : checkHandler(incident, actor))
    ?? checkStatus(incident, ['reported', 'triaged', 'investigating']);
  if (refused) return failure(refused);
  const parsed = parseInput(addIncidentEvidenceInputSchema, cmd.input);
  if (!parsed.ok) return failure(parsed.error);
  if (incident.evidence.some((e) => e.sha256 === parsed.value.sha256)) {
    return failure(domainError('conflict', 'That file is already attached.', { field: 'sha256', reason: 'duplicate_evidence' }));
  }
  const at = iso(cmd.deps.now());
  const updated: Incident = {
    ...incident, evidence: [...incident.evidence, { ...parsed.value, addedBy: actor.id, addedAt: at }], version: incident.version + 1,
  };
  const event = auditEvent('incident.evidence-added', { orgId: incident.orgId, actorId: actor.id, at, subjectId: incident.id }, {
    sha256: parsed.value.sha256,
  });
  return success(updated, [event]);
}
