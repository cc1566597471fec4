import type { Role } from '../../engine/contract/enums.js';
import { auditEvent } from '../audit-events.js';
import { openTask, type FollowUpTask, type TaskKind } from '../follow-up-tasks.js';
import { practiceOf } from '../pack-practice.js';
import type { IncidentOutcomeKind, PackPractice } from '../pack-practice.types.js';
import type { Actor } from '../shared/actor.js';
import type { WorkflowDeps } from '../shared/deps.js';
import { domainError } from '../shared/errors.js';
import { failure, success, type Outcome } from '../shared/outcome.js';
import { addHours, iso } from '../shared/time.js';
import { parseInput } from '../shared/validate.js';
import { closeIncidentInputSchema } from './close-incident.types.js';
import { checkHandler, checkIncidentOrg, checkStatus } from './incident-access.js';
import type { Incident } from './incident.js';

export interface CloseIncidentCommand {
  readonly incident: Incident;
  readonly input: unknown;
  readonly actor: Actor;
  readonly deps: WorkflowDeps;
}

/** Follow-up work each outcome opens, and how soon it is due. */
const OUTCOME_TASKS: Partial<Record<IncidentOutcomeKind, { kind: TaskKind; hours: (p: PackPractice) => number; role?: Role }>> = {
  'removal-requested': { kind: 'remove-content', hours: (p) => p.removalDeadline.hours },
  'disciplinary-referral': { kind: 'disciplinary-referral', hours: () => 7 * 24 },
  'legal-referral': { kind: 'legal-referral', hours: () => 72 },
  'ministry-report': { kind: 'ministry-report', hours: (p) => p.ministryReportDeadline?.hours ?? 24 },
  // cisss-gaspesie: an "écart qualité … entraînerait l'intervention d'un intervenant au contrôle qualité".
  'quality-deviation': { kind: 'quality-deviation', hours: () => 72, role: 'supervisor' },
};

/**
 * Closes a triaged or investigated incident with its outcome(s), limited to those the pack knows
 * (a ministry report for valoris, a quality deviation for cisss-gaspesie), and opens their tasks.
 */
export function closeIncident(cmd: CloseIncidentCommand): Outcome<Incident> {
  const { incident, actor } = cmd;
  const refused = checkIncidentOrg(incident, actor) ?? checkHandler(incident, actor) ?? checkStatus(incident, ['triaged', 'investigating']);
  if (refused) return failure(refused);
  const parsed = parseInput(closeIncidentInputSchema, cmd.input);
  if (!parsed.ok) return failure(parsed.error);
  const practice = practiceOf(actor.org);
  const unknown = parsed.value.outcomes.find((o) => !practice.outcomes.includes(o));
  if (unknown) {
    return failure(domainError('validation', `"${unknown}" is not an outcome under this policy.`, { field: 'outcomes', reason: 'outcome_not_in_pack' }));
  }
  const now = cmd.deps.now();
  const at = iso(now);
  const tasks: FollowUpTask[] = parsed.value.outcomes.flatMap((outcome) => {
    const spec = OUTCOME_TASKS[outcome];
    if (!spec) return [];
    // Removal is done by whoever posted; other follow-ups by the handling role.
    const assignee = outcome === 'removal-requested' && incident.subjectPersonId !== undefined
      ? { assigneeId: incident.subjectPersonId } : { assigneeRole: spec.role ?? incident.handlerRoles[0] };
    return [openTask({
      id: cmd.deps.newId(), orgId: incident.orgId, kind: spec.kind, ref: { type: 'incident', id: incident.id }, ...assignee,
      dueAt: iso(addHours(now, spec.hours(practice))), createdAt: at, detail: { incidentKind: incident.kind },
    })];
  });
  const closed: Incident = {
    ...incident, status: 'closed', outcome: { kinds: parsed.value.outcomes, note: parsed.value.note, by: actor.id, at }, version: incident.version + 1,
  };
  const event = auditEvent('incident.closed', { orgId: incident.orgId, actorId: actor.id, at, subjectId: incident.id }, {
    outcomes: parsed.value.outcomes,
  });
  return success(closed, [event], tasks);
}
