import { z } from 'zod';
import { attachEvidenceFile, evidenceUploadSchema, loadIncident, MAX_EVIDENCE_BYTES, readEvidenceFile } from '../../app/workflows/evidence.js';
import { advanceIncident, reportIncidentFor } from '../../app/workflows/incidents.js';
import { listRecords, load } from '../../app/workflows/persist.js';
import { incidentSpec } from '../../app/workflows/record-specs.js';
import {
  addIncidentEvidenceInputSchema, closeIncidentInputSchema, investigateIncidentInputSchema, reportIncidentInputSchema,
  triageIncidentInputSchema,
} from '../../domain/index.js';
import { sealedCreate } from '../sealed-create.js';
import { authorize } from '../policies/policies.js';
import { incidentsPolicy } from '../policies/workflow-policies.js';
import { errorResponses, idempotencyHeaders, idParams, pageOf } from '../schemas/common.js';
import { present, presentPage, recordView, statusPageQuery } from '../schemas/workflow-views.js';
import { principalOf, type RouteModule } from '../types.js';

const tags = ['incidents'];
const incidentView = recordView('Incident');

/** Incidents: report (named or anonymous) → triage → investigation → outcome, with evidence by SHA-256. */
export const incidentRoutes: RouteModule = (server, app) => {
  server.post('/api/incidents', {
    schema: { tags, summary: 'Report an incident; anonymous reports keep no trace of the reporter', headers: idempotencyHeaders, body: reportIncidentInputSchema, response: { 201: incidentView, ...errorResponses } },
  }, async (request, reply) => {
    const p = principalOf(request);
    if (request.body.anonymous) {
      // No idempotency row (it would tie the person to the report) and only the id and deadline back.
      const created = await reportIncidentFor(app, p, request.body);
      reply.code(201);
      return { id: created.id, status: created.status, dueAt: created.dueAt };
    }
    return sealedCreate(app, request, reply, incidentSpec, (seal) => reportIncidentFor(app, p, request.body, seal));
  });

  server.get('/api/incidents', {
    schema: { tags, summary: 'Incidents: all for managers and admins, else those one reported by name', querystring: statusPageQuery, response: { 200: pageOf(incidentView), ...errorResponses } },
  }, async (request) => {
    const p = principalOf(request);
    const { limit, cursor, status } = request.query;
    return presentPage(listRecords(app.store, app.keyring, incidentSpec, p.orgId, { limit, cursor }, { status, refId: incidentsPolicy.listAll(p) ? undefined : p.personId }));
  });

  server.get('/api/incidents/:id', {
    schema: { tags, summary: 'One incident', params: idParams, response: { 200: incidentView, ...errorResponses } },
  }, async (request) => {
    const p = principalOf(request);
    const incident = await load(app.store, app.keyring, incidentSpec, p.orgId, request.params.id, 'incident');
    authorize(incidentsPolicy.read(p, incident));
    return present(incident);
  });

  server.post('/api/incidents/:id/evidence-files', {
    // Base64 costs a third more than the bytes; leave room for the JSON around them.
    bodyLimit: Math.ceil(MAX_EVIDENCE_BYTES * 4 / 3) + 4_096,
    schema: { tags, summary: 'Upload an evidence file (base64); stored encrypted, attached by the SHA-256 the server computes', params: idParams, body: evidenceUploadSchema, response: { 200: incidentView, ...errorResponses } },
  }, async (request) => present(attachEvidenceFile(app, principalOf(request), request.params.id, request.body)));

  server.get('/api/incidents/:id/evidence/:sha256', {
    schema: { tags, summary: 'Download an evidence file (whoever may read the incident)', params: z.strictObject({ id: z.string().min(1).max(200), sha256: z.string().regex(/^[0-9a-f]{64}$/) }) },
  }, async (request, reply) => {
    const p = principalOf(request);
    const incident = await loadIncident(app, p.orgId, request.params.id);
    authorize(incidentsPolicy.read(p, incident));
    const file = await readEvidenceFile(app, p.orgId, incident, request.params.sha256);
    return reply.type(file.mediaType).header('content-disposition', `attachment; filename="${file.fileName.replace(/["\\\r\n]/g, '_')}"`)
      .header('x-content-type-options', 'nosniff').send(file.bytes);
  });

  const steps = [
    ['triage', triageIncidentInputSchema, 'Triage: severity and first assessment (handlers under the pack)'],
    ['investigation', investigateIncidentInputSchema, 'Open the investigation'],
    ['evidence', addIncidentEvidenceInputSchema, 'Attach evidence by SHA-256 (the reporter or a handler)'],
    ['closure', closeIncidentInputSchema, 'Close with the outcome(s) the pack allows; opens their follow-up tasks'],
  ] as const;
  for (const [step, body, summary] of steps) {
    server.post(`/api/incidents/:id/${step}`, {
      schema: { tags, summary, params: idParams, body, response: { 200: incidentView, ...errorResponses } },
    }, async (request) => present(advanceIncident(app, principalOf(request), request.params.id, step, request.body)));
  }
};
