import { notFound } from '../../app/errors.js';
import { rosterEntryInput, toView } from '../../app/roster/roster-entry.js';
import { addRosterEntry, archiveRosterEntry, updateRosterEntry } from '../../app/roster/save-roster-entry.js';
import { importRoster, type RosterImportOutcome } from '../../app/roster/import-roster.js';
import { z } from 'zod';
import { idempotent } from '../idempotency.js';
import { createKeepingOnlyId } from '../sealed-create.js';
import { authorize, rosterPolicy } from '../policies/policies.js';
import { errorResponses, idParams, idempotencyHeaders, pageOf, pageQuery } from '../schemas/common.js';
import { rosterEntryView } from '../schemas/views.js';
import { principalOf, type RouteModule } from '../types.js';

/** The client roster: decrypted on the way out, encrypted on the way in. */
export const rosterRoutes: RouteModule = (server, app) => {
  // A roster export is text: CSV bodies arrive as strings (up to 32 MiB, ~200,000 rows).
  server.addContentTypeParser('text/csv', { parseAs: 'string', bodyLimit: 33_554_432 }, (_request, body, done) => done(null, body));

  server.post('/api/roster/import', {
    bodyLimit: 33_554_432,
    schema: {
      tags: ['roster'], summary: 'Import or update entries from CSV (admins; all rows or none)', headers: idempotencyHeaders,
      description: 'Send `Content-Type: text/csv` with a header row: name (required), ref, kind, aliases and handles (separated by ; or |), date_of_birth, minor_under_youth_protection. Rows whose ref is on file update that entry.',
      body: z.string().min(1), response: { 200: z.object({ created: z.number(), updated: z.number() }), ...errorResponses },
    },
  }, async (request, reply) => {
    const p = principalOf(request);
    authorize(rosterPolicy.create(p));
    return idempotent(app, request, reply, 200, (outcome: RosterImportOutcome) => outcome, (seal) => importRoster(app, p.orgId, p.personId, request.body, seal));
  });

  server.get('/api/roster', {
    schema: { tags: ['roster'], summary: 'Roster entries (admins and managers)', querystring: pageQuery, response: { 200: pageOf(rosterEntryView), ...errorResponses } },
  }, async (request) => {
    const p = principalOf(request);
    authorize(rosterPolicy.list(p));
    const page = await app.store.roster.list(p.orgId, request.query);
    return { items: page.items.map((r) => toView(app.keyring, r)), nextCursor: page.nextCursor };
  });

  server.post('/api/roster', {
    schema: {
      tags: ['roster'], summary: 'Add a roster entry (admins)', headers: idempotencyHeaders,
      body: rosterEntryInput, response: { 201: rosterEntryView, ...errorResponses },
    },
  }, async (request, reply) => {
    const p = principalOf(request);
    authorize(rosterPolicy.create(p));
    // Client names stay out of the idempotency store: it keeps the id, and a replay reads the entry again.
    return createKeepingOnlyId(app, request, reply, (seal) => addRosterEntry(app, p.orgId, p.personId, request.body, seal), async (id) => {
      const row = await app.store.roster.byId(p.orgId, id);
      if (!row) throw notFound('roster entry');
      return toView(app.keyring, row);
    });
  });

  server.get('/api/roster/:id', {
    schema: { tags: ['roster'], summary: 'One roster entry', params: idParams, response: { 200: rosterEntryView, ...errorResponses } },
  }, async (request) => {
    const p = principalOf(request);
    const row = await app.store.roster.byId(p.orgId, request.params.id);
    if (!row) throw notFound('roster entry');
    authorize(rosterPolicy.read(p));
    return toView(app.keyring, row);
  });

  server.patch('/api/roster/:id', {
    schema: {
      tags: ['roster'], summary: 'Edit a roster entry (admins)', params: idParams,
      body: rosterEntryInput.partial(), response: { 200: rosterEntryView, ...errorResponses },
    },
  }, async (request) => {
    const p = principalOf(request);
    if (!(await app.store.roster.byId(p.orgId, request.params.id))) throw notFound('roster entry');
    authorize(rosterPolicy.update(p));
    return updateRosterEntry(app, p.orgId, p.personId, request.params.id, request.body);
  });

  server.delete('/api/roster/:id', {
    schema: { tags: ['roster'], summary: 'Archive a roster entry (admins)', params: idParams, response: { 200: rosterEntryView, ...errorResponses } },
  }, async (request) => {
    const p = principalOf(request);
    if (!(await app.store.roster.byId(p.orgId, request.params.id))) throw notFound('roster entry');
    authorize(rosterPolicy.archive(p));
    return archiveRosterEntry(app, p.orgId, p.personId, request.params.id);
  });
};
