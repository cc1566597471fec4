import { z } from 'zod';
import { completeTaskFor } from '../../app/workflows/compliance.js';
import { listRecords, load } from '../../app/workflows/persist.js';
import { taskSpec } from '../../app/workflows/record-specs.js';
import { remindersFor } from '../../app/workflows/reminders.js';
import { completeTaskInputSchema, REMINDER_KINDS } from '../../domain/index.js';
import { authorize } from '../policies/policies.js';
import { tasksPolicy } from '../policies/workflow-policies.js';
import { errorResponses, idParams, pageOf } from '../schemas/common.js';
import { present, presentPage, recordView, statusPageQuery } from '../schemas/workflow-views.js';
import { principalOf, type RouteModule } from '../types.js';

const taskView = recordView('FollowUpTask');
const reminderView = z.object({
  kind: z.enum(REMINDER_KINDS), dueAt: z.string(), overdue: z.boolean(), personId: z.string().optional(),
  assigneeRole: z.string().optional(), ref: z.object({ type: z.string(), id: z.string() }).optional(),
  clause: z.object({ section: z.string().nullable(), text: z.string() }).optional(),
}).meta({ id: 'Reminder' });

/** Follow-up tasks (take-downs, reviews, ministry reports…) and the reminders of all that falls due. */
export const taskRoutes: RouteModule = (server, app) => {
  server.get('/api/tasks', {
    schema: { tags: ['tasks'], summary: 'Follow-up tasks: all for managers, else those assigned to oneself', querystring: statusPageQuery, response: { 200: pageOf(taskView), ...errorResponses } },
  }, async (request) => {
    const p = principalOf(request);
    const { limit, cursor, status } = request.query;
    return presentPage(listRecords(app.store, app.keyring, taskSpec, p.orgId, { limit, cursor }, { status, subjectId: tasksPolicy.listAll(p) ? undefined : p.personId }));
  });

  server.get('/api/tasks/:id', {
    schema: { tags: ['tasks'], summary: 'One task', params: idParams, response: { 200: taskView, ...errorResponses } },
  }, async (request) => {
    const p = principalOf(request);
    const task = await load(app.store, app.keyring, taskSpec, p.orgId, request.params.id, 'task');
    authorize(tasksPolicy.read(p, task));
    return present(task);
  });

  server.post('/api/tasks/:id/completion', {
    schema: { tags: ['tasks'], summary: 'Mark a task done, saying what was done', params: idParams, body: completeTaskInputSchema, response: { 200: taskView, ...errorResponses } },
  }, async (request) => present(completeTaskFor(app, principalOf(request), request.params.id, request.body)));

  server.get('/api/reminders', {
    schema: {
      tags: ['tasks'], summary: 'What is overdue or falls due soon: all for managers, else one\'s own and one\'s role\'s',
      querystring: z.strictObject({ horizonDays: z.coerce.number().int().min(0).max(366).optional() }),
      response: { 200: z.object({ items: z.array(reminderView) }), ...errorResponses },
    },
  }, async (request) => {
    const p = principalOf(request);
    const all = await remindersFor(app, p.orgId, request.query.horizonDays);
    const mine = tasksPolicy.listAll(p) ? all : all.filter((r) => r.personId === p.personId || (r.personId === undefined && r.assigneeRole === p.role));
    return { items: mine.map((r) => ({ ...r })) };
  });
};
