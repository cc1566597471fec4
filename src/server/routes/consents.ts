import { z } from 'zod';
import { recordConsentFor, recordCourtAuthorizationFor, revokeConsentFor } from '../../app/workflows/consents.js';
import { listRecords, load } from '../../app/workflows/persist.js';
import { consentSpec, courtAuthorizationSpec } from '../../app/workflows/record-specs.js';
import { recordConsentInputSchema, recordCourtAuthorizationInputSchema, revokeConsentInputSchema } from '../../domain/index.js';
import { sealedCreate } from '../sealed-create.js';
import { authorize } from '../policies/policies.js';
import { consentsPolicy } from '../policies/workflow-policies.js';
import { errorResponses, idempotencyHeaders, idParams, pageOf } from '../schemas/common.js';
import { present, presentPage, recordView, statusPageQuery } from '../schemas/workflow-views.js';
import { principalOf, type RouteModule } from '../types.js';

const tags = ['consents'];
const consentView = recordView('Consent');
const courtView = recordView('CourtAuthorization');

/** Consents (record, revoke → take-down tasks) and court authorizations for children under youth protection. */
export const consentRoutes: RouteModule = (server, app) => {
  server.post('/api/consents', {
    schema: { tags, summary: 'Record a signed consent', headers: idempotencyHeaders, body: recordConsentInputSchema, response: { 201: consentView, ...errorResponses } },
  }, async (request, reply) => {
    const p = principalOf(request);
    return sealedCreate(app, request, reply, consentSpec, (seal) => recordConsentFor(app, p, request.body, seal));
  });

  server.get('/api/consents', {
    schema: { tags, summary: 'Consents on file (managers, admins, communications delegates)', querystring: statusPageQuery.extend({ subject: z.string().max(200).optional() }), response: { 200: pageOf(consentView), ...errorResponses } },
  }, async (request) => {
    const p = principalOf(request);
    authorize(consentsPolicy.read(p));
    const { limit, cursor, status, subject } = request.query;
    return presentPage(listRecords(app.store, app.keyring, consentSpec, p.orgId, { limit, cursor }, { status, subjectId: subject }));
  });

  server.get('/api/consents/:id', {
    schema: { tags, summary: 'One consent', params: idParams, response: { 200: consentView, ...errorResponses } },
  }, async (request) => {
    const p = principalOf(request);
    const consent = await load(app.store, app.keyring, consentSpec, p.orgId, request.params.id, 'consent');
    authorize(consentsPolicy.read(p));
    return present(consent);
  });

  server.post('/api/consents/:id/revocation', {
    schema: { tags, summary: 'Revoke a consent; opens a take-down task per item published under it', params: idParams, body: revokeConsentInputSchema, response: { 200: consentView, ...errorResponses } },
  }, async (request) => present(revokeConsentFor(app, principalOf(request), request.params.id, request.body)));

  server.post('/api/court-authorizations', {
    schema: { tags, summary: 'Record a court authorization (managers)', headers: idempotencyHeaders, body: recordCourtAuthorizationInputSchema, response: { 201: courtView, ...errorResponses } },
  }, async (request, reply) => {
    const p = principalOf(request);
    return sealedCreate(app, request, reply, courtAuthorizationSpec, (seal) => recordCourtAuthorizationFor(app, p, request.body, seal));
  });

  server.get('/api/court-authorizations', {
    schema: { tags, summary: 'Court authorizations on file', querystring: statusPageQuery, response: { 200: pageOf(courtView), ...errorResponses } },
  }, async (request) => {
    const p = principalOf(request);
    authorize(consentsPolicy.read(p));
    return presentPage(listRecords(app.store, app.keyring, courtAuthorizationSpec, p.orgId, request.query));
  });
};
