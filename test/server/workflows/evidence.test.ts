import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../store/dialects.js';
import { useApi } from '../harness.js';
import { addCaller, call } from './helpers.js';

describeEachDialect('API incident evidence files', (h) => {
  const api = useApi(h, {}, 'chc-wales');
  const bytes = Buffer.from('\x89PNG fake screenshot of a trolling comment', 'latin1');
  const sha256 = createHash('sha256').update(bytes).digest('hex');

  it('stores the file encrypted under the digest the server computes, and serves it to readers only', async () => {
    const officer = await addCaller(api, api.a, 'chief-officer');
    const incident = await call(api, api.a.staff, 'POST', '/api/incidents', { kind: 'security-incident', subtype: 'hacking', description: 'Our page was taken over' });
    const id = incident.body.id as string;
    expect(incident.body.dueAt).toBe('2026-11-21T17:00:00.000Z');
    const upload = await call(api, api.a.staff, 'POST', `/api/incidents/${id}/evidence-files`, { fileName: 'shot.png', mediaType: 'image/png', contentBase64: bytes.toString('base64') });
    expect(upload.status).toBe(200);
    expect(upload.body.evidence).toEqual([expect.objectContaining({ sha256, size: bytes.length, fileName: 'shot.png' })]);
    const stored = await h.db.kysely.selectFrom('evidence_files').selectAll().where('sha256', '=', sha256).executeTakeFirstOrThrow();
    expect(stored.content).not.toContain(bytes.toString('base64').slice(0, 12));

    const download = await api.server.inject({ url: `/api/incidents/${id}/evidence/${sha256}`, headers: officer.headers });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(download.rawPayload, bytes)).toBe(0);
    expect((await api.server.inject({ url: `/api/incidents/${id}/evidence/${sha256}`, headers: api.a.supervisor.headers })).statusCode).toBe(403);
    expect((await api.server.inject({ url: `/api/incidents/${id}/evidence/${sha256}`, headers: api.b.admin.headers })).statusCode).toBe(404);
    expect((await api.server.inject({ url: `/api/incidents/${id}/evidence/${'0'.repeat(64)}`, headers: officer.headers })).statusCode).toBe(404);

    const again = await call(api, api.a.staff, 'POST', `/api/incidents/${id}/evidence-files`, { fileName: 'copy.png', mediaType: 'image/png', contentBase64: bytes.toString('base64') });
    expect(again.body).toMatchObject({ status: 409, reason: 'duplicate_evidence' });
    const bad = await call(api, api.a.staff, 'POST', `/api/incidents/${id}/evidence-files`, { fileName: 'x', mediaType: 'image/png', contentBase64: '***' });
    expect(bad.body).toMatchObject({ status: 400, code: 'validation' });
  });
});
