import { auditEvent } from '../audit-events.js';
import type { Actor } from '../shared/actor.js';
import type { WorkflowDeps } from '../shared/deps.js';
import { failure, success, type Outcome } from '../shared/outcome.js';
import { iso } from '../shared/time.js';
import { parseInput } from '../shared/validate.js';
import { checkHandler, checkIncidentOrg, checkStatus } from './incident-access.js';
import type { Incident } from './incident.js';
import { triageIncidentInputSchema } from './triage-incident.types.js';

export interface TriageIncidentCommand {
  readonly incident: Incident;
  readonly input: unknown;
  readonly actor: Actor;
  readonly deps: WorkflowDeps;
}

/** A handler assesses a reported incident: severity, first note, who takes it. */
export function triageIncident(cmd: TriageIncidentCommand): Outcome<Incident> {
  const { incident, actor } = cmd;
  const refused = checkIncidentOrg(incident, actor) ?? checkHandler(incident, actor) ?? checkStatus(incident, ['reported']);
  if (refused) return failure(refused);
  const parsed = parseInput(triageIncidentInputSchema, cmd.input);
  if (!parsed.ok) return failure(parsed.error);
  const at = iso(cmd.deps.now());
  const triaged: Incident = {
    ...incident, status: 'triaged', triage: { by: actor.id, at, ...parsed.value }, version: incident.version + 1,
  };
  const event = auditEvent('incident.triaged', { orgId: incident.orgId, actorId: actor.id, at, subjectId: incident.id }, {
    severity: parsed.value.severity, assigneeId: parsed.value.assigneeId,
  });
  return success(triaged, [event]);
}
