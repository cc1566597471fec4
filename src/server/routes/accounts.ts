import { z } from 'zod';
import { grantAccess, registerAccount, reportUnauthorizedAccount, revokeAccess, reviewUnauthorized } from '../../app/workflows/accounts.js';
import { listRecords, load } from '../../app/workflows/persist.js';
import { accountSpec, grantSpec, unauthorizedAccountSpec } from '../../app/workflows/record-specs.js';
import {
  grantAccountAccessInputSchema, recordUnauthorizedAccountInputSchema, registerOfficialAccountInputSchema,
  revokeAccountAccessInputSchema, reviewUnauthorizedAccountInputSchema, type AccessGrant, type OfficialAccount,
} from '../../domain/index.js';
import { idempotent } from '../idempotency.js';
import { recordsPolicy } from '../policies/workflow-policies.js';
import { sealedCreate } from '../sealed-create.js';
import { errorResponses, idempotencyHeaders, idParams, pageOf } from '../schemas/common.js';
import { asView, present, presentPage, recordView, statusPageQuery } from '../schemas/workflow-views.js';
import { principalOf, type RouteModule } from '../types.js';

const tags = ['accounts'];
const accountView = recordView('OfficialAccount');
const grantView = recordView('AccessGrant');
const findingView = recordView('UnauthorizedAccount');

/** The official accounts registry, time-limited access grants, and accounts found without authorization. */
export const accountRoutes: RouteModule = (server, app) => {
  server.post('/api/accounts', {
    schema: { tags, summary: 'Register an official account (the roles the pack names)', headers: idempotencyHeaders, body: registerOfficialAccountInputSchema, response: { 201: accountView, ...errorResponses } },
  }, async (request, reply) => idempotent(app, request, reply, 201, asView<OfficialAccount>, (seal) => registerAccount(app, principalOf(request), request.body, seal)));

  server.get('/api/accounts', {
    schema: { tags, summary: 'The registry', querystring: statusPageQuery, response: { 200: pageOf(accountView), ...errorResponses } },
  }, async (request) => {
    const { limit, cursor, status } = request.query;
    return presentPage(listRecords(app.store, app.keyring, accountSpec, principalOf(request).orgId, { limit, cursor }, { status }));
  });

  server.get('/api/accounts/:id', {
    schema: { tags, summary: 'One registered account', params: idParams, response: { 200: accountView, ...errorResponses } },
  }, async (request) => present(load(app.store, app.keyring, accountSpec, principalOf(request).orgId, request.params.id, 'account')));

  server.post('/api/accounts/:id/grants', {
    schema: { tags, summary: 'Grant a person access for a period; the caller approves (the role the pack names)', params: idParams, headers: idempotencyHeaders, body: grantAccountAccessInputSchema.extend({ personId: z.string().min(1).max(200) }), response: { 201: grantView, ...errorResponses } },
  }, async (request, reply) => idempotent(app, request, reply, 201, asView<AccessGrant>, (seal) => grantAccess(app, principalOf(request), request.params.id, request.body, seal)));

  server.get('/api/grants', {
    schema: { tags, summary: 'Access grants: all for managers, else one\'s own', querystring: statusPageQuery.extend({ accountId: z.string().max(200).optional() }), response: { 200: pageOf(grantView), ...errorResponses } },
  }, async (request) => {
    const p = principalOf(request);
    const { limit, cursor, status, accountId } = request.query;
    const subjectId = recordsPolicy.listAll(p) ? undefined : p.personId;
    return presentPage(listRecords(app.store, app.keyring, grantSpec, p.orgId, { limit, cursor }, { status, refId: accountId, subjectId }));
  });

  server.post('/api/grants/:id/revocation', {
    schema: { tags, summary: 'End a grant early', params: idParams, body: revokeAccountAccessInputSchema, response: { 200: grantView, ...errorResponses } },
  }, async (request) => present(revokeAccess(app, principalOf(request), request.params.id, request.body)));

  server.post('/api/unauthorized-accounts', {
    schema: { tags, summary: 'Report an account found without authorization; opens its review', headers: idempotencyHeaders, body: recordUnauthorizedAccountInputSchema, response: { 201: findingView, ...errorResponses } },
  }, async (request, reply) => sealedCreate(app, request, reply, unauthorizedAccountSpec, (seal) => reportUnauthorizedAccount(app, principalOf(request), request.body, seal)));

  server.get('/api/unauthorized-accounts', {
    schema: { tags, summary: 'Accounts found without authorization', querystring: statusPageQuery, response: { 200: pageOf(findingView), ...errorResponses } },
  }, async (request) => {
    const p = principalOf(request);
    const { limit, cursor, status } = request.query;
    return presentPage(listRecords(app.store, app.keyring, unauthorizedAccountSpec, p.orgId, { limit, cursor }, { status, subjectId: recordsPolicy.listAll(p) ? undefined : p.personId }));
  });

  server.post('/api/unauthorized-accounts/:id/review', {
    schema: { tags, summary: 'Close the review: removed, amended, adopted or no action', params: idParams, body: reviewUnauthorizedAccountInputSchema, response: { 200: findingView, ...errorResponses } },
  }, async (request) => present(reviewUnauthorized(app, principalOf(request), request.params.id, request.body)));
};
