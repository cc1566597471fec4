import { expect, it } from 'vitest';
import { describeEachDialect } from '../../store/dialects.js';
import { useApi, type Caller } from '../harness.js';
import { call } from './helpers.js';

/**
 * Every create whose reply holds personal information keeps only the new record's id in the
 * idempotency store: after each one, the whole table is searched for the name it carried.
 */
describeEachDialect('Idempotency store: no personal information in clear', (h) => {
  const api = useApi(h, {}, 'iwso');
  let n = 0;

  async function storedReplies(): Promise<string> {
    return JSON.stringify(await h.db.kysely.selectFrom('idempotency_keys').selectAll().execute());
  }

  /** Creates twice with one key; the retry replays the first answer; the name is nowhere in the store. */
  async function createTwice(caller: Caller, url: string, payload: unknown, name: string): Promise<Record<string, unknown>> {
    n += 1;
    const headers = { 'idempotency-key': `personal-${n}` };
    const first = await call(api, caller, 'POST', url, payload, headers);
    expect(first.status, JSON.stringify(first.body)).toBeLessThan(300);
    const retry = await call(api, caller, 'POST', url, payload, headers);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body).toEqual(first.body);
    const stored = await storedReplies();
    expect(stored).toContain(`personal-${n}`);
    expect(stored).not.toContain(name);
    return first.body;
  }

  it('roster entries, imports, consents, court authorizations, incidents, exchanges, signatures, unauthorized accounts and checks', async () => {
    const client = await createTwice(api.a.admin, '/api/roster', { name: 'Zéphyrine Marchetti' }, 'Marchetti');
    expect(client.name).toBe('Zéphyrine Marchetti');

    const csv = 'name,ref\nOctavia Brennholz,x1\n';
    const imported = await api.server.inject({ method: 'POST', url: '/api/roster/import', payload: csv, headers: { ...api.a.admin.headers, 'content-type': 'text/csv', 'idempotency-key': 'personal-import' } });
    expect(imported.statusCode).toBe(200);
    expect(await storedReplies()).not.toContain('Brennholz');

    const subject = client.id as string;
    const consent = { subject, scope: 'social-media-communication', signedBy: 'guardian', signerName: 'Philibert Quennell', written: true, informedOfRisks: true, signedAt: '2026-11-01' };
    expect((await createTwice(api.a.staff, '/api/consents', consent, 'Quennell')).signerName).toBe('Philibert Quennell');
    await createTwice(api.a.supervisor, '/api/court-authorizations', { subject, judgmentReference: '500-41-998877-261', issuedAt: '2026-10-01' }, '998877');
    await createTwice(api.a.staff, '/api/incidents', { kind: 'policy-breach', description: 'Ignatius Fairweather posted a client photo' }, 'Fairweather');
    await createTwice(api.a.staff, '/api/client-exchanges', { clientId: subject, platform: 'facebook', direction: 'inbound', occurredAt: '2026-11-21T14:00:00Z', summary: 'Rosamund Everly asked about her file' }, 'Everly');
    const version = (await call(api, api.a.staff, 'GET', '/api/organization')).body.packVersion as string;
    await createTwice(api.a.staff, '/api/acknowledgements', { signedName: 'Bartholomew Quince', statement: 'I have read the policy.', packVersion: version }, 'Quince');
    await createTwice(api.a.staff, '/api/unauthorized-accounts', { platform: 'facebook', handle: 'fake-alpha', description: 'Page run by Leopoldine Vasquez' }, 'Vasquez');
    await createTwice(api.a.staff, '/api/checks', { action: 'post', channel: 'personal', text: 'Lunch with Zéphyrine Marchetti today' }, 'Marchetti');
  });

  it('an API token\'s secret, shown again on a retry but never kept in clear', async () => {
    const admin = await api.signIn(api.a.slug, api.a.admin.email);
    const headers = { ...admin.headers, 'idempotency-key': 'token-once' };
    const first = await api.server.inject({ method: 'POST', url: '/api/tokens', headers, payload: { name: 'payroll bridge' } });
    expect(first.statusCode).toBe(201);
    const retry = await api.server.inject({ method: 'POST', url: '/api/tokens', headers, payload: { name: 'payroll bridge' } });
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.json()).toEqual(first.json());
    const secret = first.json().token as string;
    expect(secret.length).toBeGreaterThan(20);
    const stored = await storedReplies();
    expect(stored).toContain('token-once');
    expect(stored).not.toContain(secret);
    expect(stored).not.toContain('payroll bridge');
  });
});
