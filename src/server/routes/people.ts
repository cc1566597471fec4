import { z } from 'zod';
import { addPerson, addPersonInput } from '../../app/people/add-person.js';
import { updatePerson, updatePersonInput } from '../../app/people/update-person.js';
import { notFound } from '../../app/errors.js';
import { ROLES } from '../../engine/contract/enums.js';
import { idempotent } from '../idempotency.js';
import { authorize, peoplePolicy } from '../policies/policies.js';
import { errorResponses, idParams, idempotencyHeaders, pageOf, pageQuery } from '../schemas/common.js';
import { personView, presentPerson } from '../schemas/views.js';
import { principalOf, type RouteModule } from '../types.js';

/** People of the caller's organization. */
export const peopleRoutes: RouteModule = (server, app) => {
  server.get('/api/people', {
    schema: {
      tags: ['people'], summary: 'People of the organization',
      querystring: pageQuery.extend({ role: z.enum(ROLES).optional() }),
      response: { 200: pageOf(personView), ...errorResponses },
    },
  }, async (request) => {
    const p = principalOf(request);
    authorize(peoplePolicy.list());
    const { limit, cursor, role } = request.query;
    const page = await app.store.people.list(p.orgId, { limit, cursor }, { role });
    return { items: page.items.map(presentPerson), nextCursor: page.nextCursor };
  });

  server.post('/api/people', {
    schema: {
      tags: ['people'], summary: 'Add a person (admins)', headers: idempotencyHeaders,
      body: addPersonInput, response: { 201: personView, ...errorResponses },
    },
  }, async (request, reply) => {
    const p = principalOf(request);
    authorize(peoplePolicy.create(p));
    return idempotent(app, request, reply, 201, presentPerson, (seal) => addPerson(app, p.orgId, p.personId, request.body, seal));
  });

  server.get('/api/people/:id', {
    schema: { tags: ['people'], summary: 'One person', params: idParams, response: { 200: personView, ...errorResponses } },
  }, async (request) => {
    const p = principalOf(request);
    authorize(peoplePolicy.read());
    const row = await app.store.people.byId(p.orgId, request.params.id);
    if (!row) throw notFound('person');
    return presentPerson(row);
  });

  server.patch('/api/people/:id', {
    schema: {
      tags: ['people'], summary: "Change a person's role, supervisor, admin right, or archive them (admins)",
      params: idParams, body: updatePersonInput, response: { 200: personView, ...errorResponses },
    },
  }, async (request) => {
    const p = principalOf(request);
    // Load first: another organization's person is 404 whatever the caller's role.
    if (!(await app.store.people.byId(p.orgId, request.params.id))) throw notFound('person');
    authorize(peoplePolicy.update(p));
    return presentPerson(await updatePerson(app, p.orgId, p.personId, request.params.id, request.body));
  });
};
