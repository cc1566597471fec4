import { z } from 'zod';
import { checkRuntime, performCheck, type PerformedCheck } from '../../app/checks/perform-check.js';
import { notFound } from '../../app/errors.js';
import { activitySchema } from '../../engine/contract/activity.js';
import { CATEGORIES, ROLES, SEVERITIES, VERDICTS } from '../../engine/contract/enums.js';
import { idempotent } from '../idempotency.js';
import { personKey } from '../rate-limit-store.js';
import { authorize, checksPolicy } from '../policies/policies.js';
import { errorResponses, idParams, idempotencyHeaders, pageOf, pageQuery } from '../schemas/common.js';
import { checkView, presentCheck } from '../schemas/views.js';
import { principalOf, type RouteModule } from '../types.js';

const findingSchema = z.object({
  category: z.enum(CATEGORIES), rule: z.string(), severity: z.enum(SEVERITIES),
  clause: z.object({ pack: z.string(), section: z.string(), text: z.string() }),
  span: z.tuple([z.number(), z.number()]).readonly().optional(), message: z.string(), remedy: z.string(), approver: z.enum(ROLES).nullable(),
}).meta({ id: 'Finding' });

const checkResult = z.object({
  id: z.string(), createdAt: z.string(), packId: z.string(), packVersion: z.string(),
  verdict: z.enum(VERDICTS), findings: z.array(findingSchema).readonly(),
}).meta({ id: 'CheckResult' });

/** Screening: submit an activity, get the verdict; list and read past checks. */
export const checkRoutes: RouteModule = (server, app, limits) => {
  // Per server instance; correct across instances because every cached value is keyed by a version the
  // store bumps, or (recent posts) checked against the store on every check.
  const runtime = checkRuntime(app.store, app.keyring, app);

  server.post('/api/checks', {
    bodyLimit: limits.checkBodyLimit,
    // Per person, counted (PostgreSQL, API tokens) in the statement that looks the token up: see `personKey`.
    config: { readsCheckBasis: true, rateLimit: { max: limits.checksPerMinute, timeWindow: 60_000, keyGenerator: personKey } },
    schema: {
      tags: ['checks'], summary: "Screen an activity against the organization's policy", headers: idempotencyHeaders,
      body: activitySchema.meta({ id: 'Activity' }), response: { 201: checkResult, ...errorResponses },
    },
  }, async (request, reply) => {
    const p = principalOf(request);
    authorize(checksPolicy.create());
    return idempotent(app, request, reply, 201, (check: PerformedCheck) => check, (seal) => performCheck(app, runtime, p, request.body, seal, request.checkBasis));
  });

  server.get('/api/checks', {
    schema: {
      tags: ['checks'], summary: "Past checks: one's own, or everyone's for admins and managers",
      querystring: pageQuery.extend({ personId: z.string().max(200).optional() }),
      response: { 200: pageOf(checkView), ...errorResponses },
    },
  }, async (request) => {
    const p = principalOf(request);
    const { limit, cursor, personId } = request.query;
    const who = checksPolicy.listAll(p) ? personId : p.personId;
    if (personId && who !== personId) authorize(false);
    const page = await app.store.checks.list(p.orgId, { limit, cursor }, { personId: who });
    return { items: page.items.map((row) => presentCheck(app.keyring, row)), nextCursor: page.nextCursor };
  });

  server.get('/api/checks/:id', {
    schema: { tags: ['checks'], summary: 'One check', params: idParams, response: { 200: checkView, ...errorResponses } },
  }, async (request) => {
    const p = principalOf(request);
    const row = await app.store.checks.byId(p.orgId, request.params.id);
    if (!row) throw notFound('check');
    authorize(checksPolicy.read(p, row));
    return presentCheck(app.keyring, row);
  });
};
