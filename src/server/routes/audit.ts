import { z } from 'zod';
import { openEntryText } from '../../app/workflows/sealed-events.js';
import { verifyAuditChain } from '../../audit/verify.js';
import { auditPolicy, authorize } from '../policies/policies.js';
import { errorResponses } from '../schemas/common.js';
import { principalOf, type RouteModule } from '../types.js';

const entryView = z.object({
  seq: z.number(), id: z.string(), kind: z.string(), actorId: z.string().nullable(), subjectId: z.string().nullable(),
  data: z.unknown(), at: z.string(), prevHash: z.string(), hash: z.string(),
}).meta({ id: 'AuditEntry' });

/** The organization's own audit trail (admins): newest first, and a verification. */
export const auditRoutes: RouteModule = (server, app) => {
  server.get('/api/audit', {
    schema: {
      tags: ['audit'], summary: 'Audit entries, newest first (admins)',
      querystring: z.strictObject({
        limit: z.coerce.number().int().min(1).max(500).default(100),
        cursor: z.string().regex(/^\d+$/, 'a sequence number from nextCursor').optional(),
      }),
      response: { 200: z.object({ items: z.array(entryView), nextCursor: z.string().nullable() }), ...errorResponses },
    },
  }, async (request) => {
    const p = principalOf(request);
    authorize(auditPolicy.read(p));
    const { limit, cursor } = request.query;
    let q = app.store.db.kysely.selectFrom('audit_log').selectAll().where('org_id', '=', p.orgId);
    if (cursor) q = q.where('seq', '<', Number(cursor));
    const rows = await q.orderBy('seq', 'desc').limit(limit + 1).execute();
    // Free text sealed in the log (an approval's reasons) is shown opened, as the records show it.
    const items = rows.slice(0, limit).map((r) => {
      const { orgId: _org, ...entry } = openEntryText(app.keyring, {
        orgId: r.org_id, seq: r.seq, id: r.id, kind: r.kind, actorId: r.actor_id, subjectId: r.subject_id,
        data: JSON.parse(r.data) as unknown, at: r.at, prevHash: r.prev_hash, hash: r.hash,
      });
      return entry;
    });
    const last = items.at(-1);
    return { items, nextCursor: rows.length > limit && last ? String(last.seq) : null };
  });

  server.get('/api/audit/verify', {
    schema: {
      tags: ['audit'], summary: "Verify the organization's audit chain (admins)",
      response: { 200: z.object({ ok: z.boolean(), entries: z.number(), firstBreak: z.object({ seq: z.number(), id: z.string().nullable(), reason: z.string() }).nullable() }), ...errorResponses },
    },
  }, async (request) => {
    const p = principalOf(request);
    authorize(auditPolicy.read(p));
    const outcome = await verifyAuditChain(app.store.db.kysely, p.orgId);
    const b = outcome.firstBreak;
    return { ok: outcome.ok, entries: outcome.entries, firstBreak: b ? { seq: b.seq, id: b.id, reason: b.reason } : null };
  });
};
