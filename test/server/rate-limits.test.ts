import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApiToken } from '../../src/app/auth/api-tokens.js';
import { addPerson } from '../../src/app/people/add-person.js';
import { buildServer } from '../../src/server/build-server.js';
import { hitBatcher } from '../../src/server/rate-limit-store.js';
import type { ApiServer } from '../../src/server/types.js';
import { describeEachDialect } from '../store/dialects.js';
import { useApi } from './harness.js';

const LIMITS = { checksPerMinute: 4 };

describeEachDialect('rate limits shared through the database', (h) => {
  const api = useApi(h, LIMITS);
  // A second instance: its own Fastify and in-process state, the same database.
  let other: ApiServer;
  beforeAll(async () => {
    other = await buildServer(api.app, { limits: { signInPerMinute: 1_000, ...LIMITS } });
    await other.ready();
  });
  afterAll(() => other.close());

  const check = (server: ApiServer, headers: Record<string, string>) => server.inject({
    method: 'POST', url: '/api/checks', headers, payload: { action: 'like', channel: 'personal' },
  }).then((r) => r.statusCode);

  it('counts the checks of one person across instances, and starts again in the next window', async () => {
    api.clock.set('2026-11-21T15:00:00Z');
    const staff = api.a.staff.headers;
    const codes = [
      await check(api.server, staff), await check(other, staff), await check(api.server, staff), await check(other, staff),
      await check(other, staff), await check(api.server, staff),
    ];
    expect(codes).toEqual([201, 201, 201, 201, 429, 429]);
    // Another person has a limit of their own.
    expect(await check(other, api.a.supervisor.headers)).toBe(201);
    api.clock.advance(60_000);
    expect(await check(other, staff)).toBe(201);
  });

  it('gives concurrent requests distinct places in the count: exactly the limit gets through', async () => {
    api.clock.set('2026-11-21T16:00:00Z');
    const staff = api.b.staff.headers;
    const codes = await Promise.all(Array.from({ length: 10 }, (_, i) => check(i % 2 ? other : api.server, staff)));
    expect(codes.filter((c) => c === 201)).toHaveLength(LIMITS.checksPerMinute);
    expect(codes.filter((c) => c === 429)).toHaveLength(10 - LIMITS.checksPerMinute);
  });

  it('answers the limit as problem+json with when to retry', async () => {
    api.clock.set('2026-11-21T17:00:30Z');
    const staff = api.a.staff.headers;
    for (let i = 0; i < LIMITS.checksPerMinute; i += 1) await check(api.server, staff);
    const res = await other.inject({ method: 'POST', url: '/api/checks', headers: staff, payload: { action: 'like', channel: 'personal' } });
    expect(res.statusCode).toBe(429);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    // The window is aligned to the minute: 30 s of it are left.
    expect(res.headers['retry-after']).toBe('30');
  });

  /** A new staff member of organization A, with an API token. */
  async function tokenHolder(name: string): Promise<{ id: string; bearer: Record<string, string> }> {
    const person = await addPerson(api.app, api.a.id, null, { email: `${name}-${Date.now()}@a.org`, name, role: 'staff' });
    const { token } = await createApiToken(api.app, api.a.id, person.id, null, name);
    return { id: person.id, bearer: { authorization: `Bearer ${token}` } };
  }

  it('counts checks sent with an API token (counted with the token lookup on PostgreSQL) in the same count, across instances', async () => {
    api.clock.set('2026-11-21T19:00:00Z');
    const holder = await tokenHolder('token-holder');
    const codes = [await check(api.server, holder.bearer), await check(other, holder.bearer), await check(api.server, holder.bearer)];
    // The same person's count is one row, whichever path counted: the store's own upsert agrees.
    const batcher = hitBatcher(api.app.store.rateLimits, api.clock, (error) => { throw error; });
    expect(await batcher.hit(`POST /api/checks ${holder.id}`, 60_000)).toMatchObject({ current: 4 });
    codes.push(await check(other, holder.bearer), await check(api.server, holder.bearer));
    expect(codes).toEqual([201, 201, 201, 429, 429]);
    api.clock.advance(60_000);
    expect(await check(api.server, holder.bearer)).toBe(201);
  });

  it('gives concurrent token checks distinct places in the count, two tokens of one person sharing it', async () => {
    api.clock.set('2026-11-21T20:00:00Z');
    const holder = await tokenHolder('two-tokens');
    const second = { authorization: `Bearer ${(await createApiToken(api.app, api.a.id, holder.id, null, 'second')).token}` };
    const codes = await Promise.all(Array.from({ length: 10 }, (_, i) => check(i % 3 ? other : api.server, i % 2 ? holder.bearer : second)));
    expect(codes.filter((c) => c === 201)).toHaveLength(LIMITS.checksPerMinute);
    expect(codes.filter((c) => c === 429)).toHaveLength(10 - LIMITS.checksPerMinute);
    // Another person, checking at the same moment, has a count of their own.
    const neighbour = await tokenHolder('neighbour');
    expect(await Promise.all([check(api.server, neighbour.bearer), check(api.server, holder.bearer)])).toEqual([201, 429]);
  });

  it('answers a token check over the limit with the limit headers and when to retry', async () => {
    api.clock.set('2026-11-21T21:00:15Z');
    const holder = await tokenHolder('headers');
    const first = await api.server.inject({ method: 'POST', url: '/api/checks', headers: holder.bearer, payload: { action: 'like', channel: 'personal' } });
    expect(first.statusCode).toBe(201);
    expect(first.headers['x-ratelimit-limit']).toBe(String(LIMITS.checksPerMinute));
    expect(first.headers['x-ratelimit-remaining']).toBe(String(LIMITS.checksPerMinute - 1));
    for (let i = 1; i < LIMITS.checksPerMinute; i += 1) await check(other, holder.bearer);
    const res = await api.server.inject({ method: 'POST', url: '/api/checks', headers: holder.bearer, payload: { action: 'like', channel: 'personal' } });
    expect(res.statusCode).toBe(429);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.headers['retry-after']).toBe('45');
  });

  it('does not count a revoked or unknown token: it is refused before any limit', async () => {
    api.clock.set('2026-11-21T22:00:00Z');
    expect(await check(api.server, { authorization: 'Bearer pw_not-a-token' })).toBe(401);
    const keys = await h.db.kysely.selectFrom('rate_limits').select('key').where('window_start', '=', '2026-11-21T22:00:00.000Z').execute();
    expect(keys).toEqual([]);
  });

  it('forgets counters whose window has passed', async () => {
    api.clock.set('2026-11-21T18:00:00Z');
    const batcher = hitBatcher(api.app.store.rateLimits, api.clock, (error) => { throw error; });
    expect(await batcher.hit('sweep-test old', 60_000)).toEqual({ current: 1, ttl: 60_000 });
    api.clock.advance(11 * 60_000);
    expect(await batcher.hit('sweep-test new', 60_000)).toMatchObject({ current: 1 });
    await new Promise((r) => setTimeout(r, 50)); // the sweep does not hold up the request
    const keys = await h.db.kysely.selectFrom('rate_limits').select('key').where('key', 'like', 'sweep-test%').execute();
    expect(keys.map((k) => k.key)).toEqual(['sweep-test new']);
  });
});
