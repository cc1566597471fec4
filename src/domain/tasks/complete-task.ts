import { auditEvent } from '../audit-events.js';
import type { FollowUpTask } from '../follow-up-tasks.js';
import { isManager, type Actor } from '../shared/actor.js';
import { changeRecord } from '../shared/change-record.js';
import type { WorkflowDeps } from '../shared/deps.js';
import { domainError } from '../shared/errors.js';
import { success, type Outcome } from '../shared/outcome.js';
import { iso } from '../shared/time.js';
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
  return changeRecord({
    noun: 'task', record: task, actor, schema: completeTaskInputSchema, input: cmd.input,
    mayAct: () => {
      const mayAct = task.assigneeId === actor.id || (task.assigneeId === undefined && task.assigneeRole === actor.role) || isManager(actor.role);
      return mayAct ? null : domainError('forbidden', 'This task is someone else\'s.', { reason: 'not_assignee' });
    },
    allowed: () => {
      if (task.kind === 'decide-approval' || task.kind === 'triage-incident') {
        return domainError('invalid_state', `A ${task.kind} task closes when its workflow does.`, { reason: 'closed_by_workflow' });
      }
      return task.status === 'done' ? domainError('conflict', 'The task is already done.', { reason: 'already_done' }) : null;
    },
    apply: (input) => {
      const at = iso(cmd.deps.now());
      const done: FollowUpTask = { ...task, status: 'done', completedAt: at, completedBy: actor.id };
      const event = auditEvent('task.completed', { orgId: task.orgId, actorId: actor.id, at, subjectId: task.id }, {
        taskKind: task.kind, note: input.note,
      });
      return success(done, [event]);
    },
  });
}
