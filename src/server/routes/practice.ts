import type { z } from 'zod';
import type { Principal } from '../../app/auth/principal.js';
import type { SealReply } from '../../app/idempotent-reply.js';
import { acknowledge, recordReview, recordTrainingFor } from '../../app/workflows/compliance.js';
import { logExchange } from '../../app/workflows/exchanges.js';
import { listRecords } from '../../app/workflows/persist.js';
import type { RecordSpec } from '../../app/workflows/record-codec.js';
import { acknowledgementSpec, exchangeSpec, reviewSpec, trainingSpec } from '../../app/workflows/record-specs.js';
import {
  acknowledgePolicyInputSchema, logClientExchangeInputSchema, recordPolicyReviewInputSchema, recordTrainingInputSchema,
} from '../../domain/index.js';
import type { App } from '../../app/create-app.js';
import { sealedCreate } from '../sealed-create.js';
import { recordsPolicy } from '../policies/workflow-policies.js';
import { errorResponses, idempotencyHeaders, pageOf, pageQuery } from '../schemas/common.js';
import { presentPage, recordView } from '../schemas/workflow-views.js';
import { principalOf, type ApiServer, type RouteModule } from '../types.js';

interface Resource<R extends { id: string; orgId: string }> {
  readonly path: string;
  readonly tag: string;
  readonly view: string;
  readonly body: z.ZodType;
  readonly spec: RecordSpec<R>;
  readonly create: (app: App, p: Principal, body: never, seal: SealReply<R>) => Promise<R>;
  readonly summary: string;
  /** Which column holds "the caller's own" records, for people who may not list everyone's. */
  readonly own: 'subjectId' | 'refId' | null;
}

/** `POST` (idempotent create) and `GET` (a page; everyone's for managers, else one's own) of one record kind. */
function createAndList<R extends { id: string; orgId: string }>(server: ApiServer, app: App, r: Resource<R>): void {
  const view = recordView(r.view);
  server.post(r.path, {
    schema: { tags: [r.tag], summary: r.summary, headers: idempotencyHeaders, body: r.body, response: { 201: view, ...errorResponses } },
  }, async (request, reply) => sealedCreate(app, request, reply, r.spec, (seal) => r.create(app, principalOf(request), request.body as never, seal)));
  server.get(r.path, {
    schema: { tags: [r.tag], summary: `${r.view} records`, querystring: pageQuery, response: { 200: pageOf(view), ...errorResponses } },
  }, async (request) => {
    const p = principalOf(request);
    const own = r.own !== null && !recordsPolicy.listAll(p) ? { [r.own]: p.personId } : {};
    return presentPage(listRecords(app.store, app.keyring, r.spec, p.orgId, request.query, own));
  });
}

/** The daily practice: client exchanges, signatures of the policy, training and policy reviews. */
export const practiceRoutes: RouteModule = (server, app) => {
  createAndList(server, app, {
    path: '/api/client-exchanges', tag: 'client exchanges', view: 'ClientExchange', body: logClientExchangeInputSchema, spec: exchangeSpec,
    create: logExchange, own: 'refId',
    summary: 'Document a social-media exchange in the client\'s file; refused without consent and risks explained (valoris §1)',
  });
  createAndList(server, app, {
    path: '/api/acknowledgements', tag: 'policy', view: 'PolicyAcknowledgement', body: acknowledgePolicyInputSchema, spec: acknowledgementSpec,
    create: acknowledge, own: 'subjectId', summary: 'Sign the current version of the policy (once per version)',
  });
  createAndList(server, app, {
    path: '/api/training', tag: 'policy', view: 'TrainingRecord', body: recordTrainingInputSchema, spec: trainingSpec,
    create: recordTrainingFor, own: 'subjectId', summary: 'Record completed training (managers)',
  });
  createAndList(server, app, {
    path: '/api/policy-reviews', tag: 'policy', view: 'PolicyReview', body: recordPolicyReviewInputSchema, spec: reviewSpec,
    create: recordReview, own: null, summary: 'Record a review of the policy (director or board)',
  });
};
