import { afterAll, beforeAll, expect, it } from 'vitest';
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
