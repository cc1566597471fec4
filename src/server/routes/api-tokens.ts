import { z } from 'zod';
import { createApiToken, revokeApiToken, type CreatedApiToken } from '../../app/auth/api-tokens.js';
import { invalid, notFound } from '../../app/errors.js';
import { decryptJson, encryptJson } from '../../crypto/field-cipher.js';
import { idempotent } from '../idempotency.js';
import { apiTokensPolicy, authorize } from '../policies/policies.js';
import { errorResponses, idParams, idempotencyHeaders, pageOf, pageQuery } from '../schemas/common.js';
import { apiTokenView, presentApiToken } from '../schemas/views.js';
import { principalOf, type RouteModule } from '../types.js';

const SEALED_REPLY = 'idempotency:api-token';

/** API tokens for integrations: created by admins, shown once, stored hashed. */
export const apiTokenRoutes: RouteModule = (server, app) => {
  server.get('/api/tokens', {
    schema: { tags: ['tokens'], summary: 'API tokens (admins)', querystring: pageQuery, response: { 200: pageOf(apiTokenView), ...errorResponses } },
  }, async (request) => {
    const p = principalOf(request);
    authorize(apiTokensPolicy.list(p));
    const page = await app.store.apiTokens.list(p.orgId, request.query);
    return { items: page.items.map(presentApiToken), nextCursor: page.nextCursor };
  });

  server.post('/api/tokens', {
    schema: {
      tags: ['tokens'], summary: 'Create an API token acting as a person (admins, from a session)', headers: idempotencyHeaders,
      body: z.strictObject({ name: z.string().trim().min(1).max(200), personId: z.string().min(1).max(200).optional() }),
      response: { 201: apiTokenView.extend({ token: z.string() }), ...errorResponses },
    },
  }, async (request, reply) => {
    const p = principalOf(request);
    authorize(apiTokensPolicy.create(p));
    const personId = request.body.personId ?? p.personId;
    if (!(await app.store.people.byId(p.orgId, personId))) throw invalid('no such person in this organization', 'personId');
    // The secret is shown once and kept only hashed: a replayable reply holds it, so it is sealed.
    const { sealed } = await idempotent(
      app, request, reply, 201,
      ({ row, token }: CreatedApiToken) => ({ sealed: encryptJson(app.keyring, { ...presentApiToken(row), token }, SEALED_REPLY) }),
      (seal) => createApiToken(app, p.orgId, personId, p.personId, request.body.name, seal),
    );
    return decryptJson<ReturnType<typeof presentApiToken> & { token: string }>(app.keyring, sealed, SEALED_REPLY);
  });

  server.delete('/api/tokens/:id', {
    schema: { tags: ['tokens'], summary: 'Revoke an API token (admins)', params: idParams, response: { 200: apiTokenView, ...errorResponses } },
  }, async (request) => {
    const p = principalOf(request);
    if (!(await app.store.apiTokens.byId(p.orgId, request.params.id))) throw notFound('API token');
    authorize(apiTokensPolicy.revoke(p));
    return presentApiToken(await revokeApiToken(app, p.orgId, p.personId, request.params.id));
  });
};
