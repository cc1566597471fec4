import { z } from 'zod';
import {
  createApprovalRequest, decideApprovalRequest, getApprovalRequest, listApprovalRequests, revokeApprovalRequest, withdrawApprovalRequest,
} from '../../app/workflows/approvals.js';
import { decideApprovalInputSchema, requestApprovalInputSchema, revokeApprovalInputSchema, withdrawApprovalInputSchema } from '../../domain/index.js';
import { AppError } from '../../app/errors.js';
import { createKeepingOnlyId } from '../sealed-create.js';
import { authorize } from '../policies/policies.js';
import { approvalsPolicy } from '../policies/workflow-policies.js';
import { errorResponses, idempotencyHeaders, idParams, pageOf } from '../schemas/common.js';
import { approvalView, statusPageQuery } from '../schemas/workflow-views.js';
import { principalOf, type RouteModule } from '../types.js';

const tags = ['approvals'];

/** Approval requests: ask, decide (the role the pack names), withdraw (the requester), revoke (the approver's role or an admin). */
export const approvalRoutes: RouteModule = (server, app) => {
  server.post('/api/approvals', {
    schema: { tags, summary: 'Ask for an approval; routed to the role the pack names', headers: idempotencyHeaders, body: requestApprovalInputSchema, response: { 201: approvalView, ...errorResponses } },
  }, async (request, reply) => {
    const p = principalOf(request);
    // The purpose stays out of the idempotency store: it keeps the id, and every answer reads the request again.
    return createKeepingOnlyId(app, request, reply, (seal) => createApprovalRequest(app, p, request.body, seal), (id) => getApprovalRequest(app, p.orgId, id));
  });

  server.get('/api/approvals', {
    schema: { tags, summary: 'Approval requests: all for managers, else those one asked or may decide', querystring: statusPageQuery.extend({ mine: z.enum(['true', 'false']).optional() }), response: { 200: pageOf(approvalView), ...errorResponses } },
  }, async (request) => {
    const p = principalOf(request);
    const { status, limit, cursor, mine } = request.query;
    const onlyMine = mine === 'true' || !approvalsPolicy.listAll(p);
    const page = await listApprovalRequests(app, p.orgId, { limit, cursor }, { status, requesterId: onlyMine ? p.personId : undefined });
    return { items: [...page.items], nextCursor: page.nextCursor };
  });

  server.get('/api/approvals/:id', {
    schema: { tags, summary: 'One approval request', params: idParams, response: { 200: approvalView, ...errorResponses } },
  }, async (request) => {
    const p = principalOf(request);
    const found = await getApprovalRequest(app, p.orgId, request.params.id);
    authorize(approvalsPolicy.read(p, found));
    return found;
  });

  server.post('/api/approvals/:id/decision', {
    schema: { tags, summary: 'Approve or deny, with a reason; a request already decided is a 409', params: idParams, body: decideApprovalInputSchema, response: { 200: approvalView, ...errorResponses } },
  }, async (request) => decideApprovalRequest(app, principalOf(request), request.params.id, request.body));

  server.post('/api/approvals/:id/revocation', {
    schema: { tags, summary: "Take back an approval, with a reason (the approver's role or an admin); checks no longer count it", params: idParams, body: revokeApprovalInputSchema, response: { 200: approvalView, ...errorResponses } },
  }, async (request) => revokeApprovalRequest(app, principalOf(request), request.params.id, request.body));

  server.post('/api/approvals/:id/withdrawal', {
    schema: { tags, summary: 'The requester withdraws a pending request', params: idParams, body: withdrawApprovalInputSchema.optional(), response: { 200: approvalView, ...errorResponses } },
  }, async (request) => {
    if (request.body === null) throw new AppError('validation', 'body must be an object');
    return withdrawApprovalRequest(app, principalOf(request), request.params.id, request.body ?? {});
  });
};
