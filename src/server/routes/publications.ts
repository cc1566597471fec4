import { markPublished } from '../../app/workflows/publications.js';
import { recordPublicationInputSchema, type Publication } from '../../domain/index.js';
import { idempotent } from '../idempotency.js';
import { errorResponses, idempotencyHeaders, idParams } from '../schemas/common.js';
import { asView, recordView } from '../schemas/workflow-views.js';
import { principalOf, type RouteModule } from '../types.js';

const publicationView = recordView('Publication');

/**
 * `POST /api/checks/{id}/published`: the author of a check says what it screened went out.
 * Revoking a consent the check relied on then opens a take-down task for it.
 */
export const publicationRoutes: RouteModule = (server, app) => {
  server.post('/api/checks/:id/published', {
    schema: {
      tags: ['checks'], summary: 'Say that a checked activity was published (its author), with where', params: idParams,
      headers: idempotencyHeaders, body: recordPublicationInputSchema.optional(), response: { 201: publicationView, ...errorResponses },
    },
  }, async (request, reply) => {
    const p = principalOf(request);
    return idempotent(app, request, reply, 201, asView<Publication>, (seal) => markPublished(app, p, request.params.id, request.body ?? {}, seal));
  });
};
