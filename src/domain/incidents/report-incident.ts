import { auditEvent } from '../audit-events.js';
import { openTask, type FollowUpTask } from '../follow-up-tasks.js';
import { practiceOf } from '../pack-practice.js';
import type { Actor } from '../shared/actor.js';
import type { WorkflowDeps } from '../shared/deps.js';
import { failure, success, type Outcome } from '../shared/outcome.js';
import { addHours, iso } from '../shared/time.js';
import { parseInput } from '../shared/validate.js';
import type { Incident } from './incident.js';
import { reportIncidentInputSchema } from './report-incident.types.js';

export interface ReportIncidentCommand {
  readonly input: unknown;
  readonly actor: Actor;
  readonly deps: WorkflowDeps;
}

/**
 * Reports an incident. Triage is due by the pack's deadline for its kind ("immediately" = two
 * hours: chc-wales security incidents, valoris serious occurrences, stass removal requests). An
 * anonymous report stores no reporter, and its audit event no actor.
 */
export function reportIncident(cmd: ReportIncidentCommand): Outcome<Incident> {
  const parsed = parseInput(reportIncidentInputSchema, cmd.input);
  if (!parsed.ok) return failure(parsed.error);
  const input = parsed.value;
  const { actor } = cmd;
  const practice = practiceOf(actor.org);
  const now = cmd.deps.now();
  const at = iso(now);
  const handlers = practice.incidentHandlers[input.kind];
  const incident: Incident = {
    id: cmd.deps.newId(), orgId: actor.org.id, kind: input.kind, subtype: input.subtype, anonymous: input.anonymous,
    reporterId: input.anonymous ? undefined : actor.id, subjectPersonId: input.subjectPersonId, contentRef: input.contentRef,
    description: input.description, occurredAt: input.occurredAt, reportedAt: at,
    dueAt: iso(addHours(now, practice.incidentDeadlines[input.kind].hours)), handlerRoles: handlers.roles,
    status: 'reported', evidence: [], version: 1,
  };
  const task = (kind: FollowUpTask['kind'], hours: number, assignee: Pick<FollowUpTask, 'assigneeRole' | 'assigneeId'>) => openTask({
    id: cmd.deps.newId(), orgId: incident.orgId, kind, ref: { type: 'incident', id: incident.id }, ...assignee,
    dueAt: iso(addHours(now, hours)), createdAt: at, detail: { incidentKind: incident.kind },
  });
  const tasks = [task('triage-incident', practice.incidentDeadlines[input.kind].hours, { assigneeRole: handlers.roles[0] })];
  // Valoris §1: an incident on social media "must be reported as a serious occurrence" to the ministry.
  if (input.kind === 'serious-occurrence' && practice.ministryReportDeadline) {
    tasks.push(task('ministry-report', practice.ministryReportDeadline.hours, { assigneeRole: handlers.roles[0] }));
  }
  // Stass 5.4.2: an item a colleague asked to be removed "should be removed immediately" — by who posted it.
  if (input.kind === 'removal-request' && input.subjectPersonId !== undefined) {
    tasks.push(task('remove-content', practice.removalDeadline.hours, { assigneeId: input.subjectPersonId }));
  }
  const event = auditEvent('incident.reported', { orgId: incident.orgId, actorId: input.anonymous ? null : actor.id, at, subjectId: incident.id }, {
    incidentKind: input.kind, anonymous: input.anonymous, dueAt: incident.dueAt,
  });
  return success(incident, [event], tasks);
}
