import { describe, expect, it } from 'vitest';
import { openTask } from '../../../src/domain/follow-up-tasks.js';
import { completeTask } from '../../../src/domain/tasks/complete-task.js';
import { buildActor, expectError, expectOk, fakeDeps } from '../fixtures.js';

const takeDown = openTask({ id: 't1', orgId: 'org-1', kind: 'take-down', ref: { type: 'consent', id: 'c1' }, assigneeId: 's9', createdAt: '2026-11-21T10:00:00Z' });
const byRole = openTask({ id: 't2', orgId: 'org-1', kind: 'ministry-report', ref: { type: 'incident', id: 'i1' }, assigneeRole: 'communications-delegate', createdAt: '2026-11-21T10:00:00Z' });

describe('completeTask', () => {
  it('lets the assignee mark it done once', () => {
    const out = expectOk(completeTask({ task: takeDown, input: { note: 'Post deleted' }, actor: buildActor('staff', { id: 's9' }), deps: fakeDeps() }));
    expect(out.record).toMatchObject({ status: 'done', completedBy: 's9' });
    expect(out.events[0]).toMatchObject({ kind: 'task.completed', data: { taskKind: 'take-down' } });
    expect(expectError(completeTask({ task: out.record, input: { note: 'again' }, actor: buildActor('staff', { id: 's9' }), deps: fakeDeps() })).code).toBe('conflict');
  });

  it('lets a holder of the role, or a manager, act; refuses others', () => {
    expect(completeTask({ task: byRole, input: { note: 'x' }, actor: buildActor('communications-delegate'), deps: fakeDeps() }).ok).toBe(true);
    expect(completeTask({ task: takeDown, input: { note: 'x' }, actor: buildActor('supervisor'), deps: fakeDeps() }).ok).toBe(true);
    expect(expectError(completeTask({ task: takeDown, input: { note: 'x' }, actor: buildActor('staff', { id: 's2' }), deps: fakeDeps() })).code).toBe('forbidden');
    expect(expectError(completeTask({ task: takeDown, input: { note: 'x' }, actor: buildActor('staff', { id: 's9', orgId: 'org-2' }), deps: fakeDeps() })).code).toBe('not_found');
  });

  it('leaves workflow-owned tasks to their workflow', () => {
    const decide = openTask({ id: 't3', orgId: 'org-1', kind: 'decide-approval', ref: { type: 'approval', id: 'a1' }, assigneeRole: 'executive-director', createdAt: '2026-11-21T10:00:00Z' });
    expect(expectError(completeTask({ task: decide, input: { note: 'x' }, actor: buildActor('executive-director'), deps: fakeDeps() })).code).toBe('invalid_state');
  });
});
