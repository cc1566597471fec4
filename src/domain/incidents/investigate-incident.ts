import { auditEvent } from '../audit-events.js';
import type { Actor } from '../shared/actor.js';
import type { WorkflowDeps } from '../shared/deps.js';
import { domainError } from '../shared/errors.js';
import { failure, success, type Outcome } from '../shared/outcome.js';
import { iso } from '../shared/time.js';
import { parseInput } from '../shared/validate.js';
import { checkHandler, checkIncidentOrg, checkStatus } from './incident-access.js';
import type { Incident } from './incident.js';
import { investigateIncidentInputSchema } from './triage-incident.types.js';

export interface InvestigateIncidentCommand {
  readonly incident: Incident;
  readonly input: unknown;
  readonly actor: Actor;
  readonly deps: WorkflowDeps;
}

/** Opens the investigation of a triaged incident (chc-wales: "the appropriate line manager to investigate"). */
export function investigateIncident(cmd: InvestigateIncidentCommand): Outcome<Incident> {
  const { incident, actor } = cmd;
  const refused = checkIncidentOrg(incident, actor) ?? checkHandler(incident, actor) ?? checkStatus(incident, ['triaged']);
  if (refused) return failure(refused);
  const parsed = parseInput(investigateIncidentInputSchema, cmd.input);
  if (!parsed.ok) return failure(parsed.error);
  const at = iso(cmd.deps.now());
  const investigatorId = parsed.value.investigatorId ?? actor.id;
  if (investigatorId === incident.subjectPersonId) {
    return failure(domainError('forbidden', 'Nobody investigates an incident about themselves.', { field: 'investigatorId', reason: 'conflict_of_interest' }));
  }
  const investigating: Incident = {
    ...incident, status: 'investigating', investigation: { by: actor.id, investigatorId, startedAt: at, note: parsed.value.note },
    version: incident.version + 1,
  };
  const event = auditEvent('incident.investigation-started', { orgId: incident.orgId, actorId: actor.id, at, subjectId: incident.id }, {
    investigatorId,
  });
  return success(investigating, [event]);
}
