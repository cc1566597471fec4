import { auditEvent } from '../audit-events.js';
import type { FollowUpTask } from '../follow-up-tasks.js';
import { isManager, type Actor } from '../shared/actor.js';
import type { WorkflowDeps } from '../shared/deps.js';
import { domainError } from '../shared/errors.js';
import { failure, success, type Outcome } from '../shared/outcome.js';
import { iso } from '../shared/time.js';
import { parseInput } from '../shared/validate.js';
import { completeTaskInputSchema } from './complete-task.types.js';

export interface CompleteTaskCommand {
  readonly task: FollowUpTask;
  readonly input: unknown;
  readonly actor: Actor;
  readonly deps: WorkflowDeps;
}

/**
 * Marks a follow-up task done: the person it names, a holder of the role it names, or a manager.
 * `decide-approval` and `triage-incident` tasks close with their workflow, not here.
 */
export function completeTask(cmd: CompleteTaskCommand): Outcome<FollowUpTask> {
  const { task, actor } = cmd;
  if (task.orgId !== actor.org.id) return failure(domainError('not_found', 'No such task.'));
  const mayAct = task.assigneeId === actor.id || (task.assigneeId === undefined && task.assigneeRole === actor.role) || isManager(actor.role);
  if (!mayAct) return failure(domainError('forbidden', 'This task is someone else\'s.', { reason: 'not_assignee' }));
  if (task.kind === 'decide-approval' || task.kind === 'triage-incident') {
    return failure(domainError('invalid_state', `A ${task.kind} task closes when its workflow does.`, { reason: 'closed_by_workflow' }));
  }
  if (task.status === 'done') return failure(domainError('conflict', 'The task is already done.', { reason: 'already_done' }));
  const parsed = parseInput(completeTaskInputSchema, cmd.input);
  if (!parsed.ok) return failure(parsed.error);
  const at = iso(cmd.deps.now());
  const done: FollowUpTask = { ...task, status: 'done', completedAt: at, completedBy: actor.id };
  const event = auditEvent('task.completed', { orgId: task.orgId, actorId: actor.id, at, subjectId: task.id }, {
    taskKind: task.kind, note: parsed.value.note,
  });
  return success(done, [event]);
}
