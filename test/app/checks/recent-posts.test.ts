import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { RecentPostsCache, RECENT_LIMIT, REREAD_AFTER_MS } from '../../../src/app/checks/recent-posts.js';
import { sealActivity } from '../../../src/app/checks/sealed-activity.js';
import { keyringOf } from '../../../src/crypto/keyring.js';
import { randomIds, systemClock } from '../../../src/app/ports.js';
import type { ChecksRepository } from '../../../src/store/repositories/checks.js';
import { createStore } from '../../../src/store/store.js';
import { describeEachDialect } from '../../store/dialects.js';
import { buildOrganization, buildPerson } from '../../store/factories.js';

const keyring = keyringOf(Buffer.alloc(32, 7));
const NOW = new Date('2026-11-21T15:00:00.000Z');
const minutesAgo = (m: number): string => new Date(NOW.getTime() - m * 60_000).toISOString();

/** The checks repository, counting how often the posts themselves are read. */
function counting(checks: ChecksRepository): { checks: ChecksRepository; fullReads: () => number; readsSince: string[] } {
  const readsSince: string[] = [];
  return {
    checks: { ...checks, recentOfPerson: (...args) => { readsSince.push(args[2]); return checks.recentOfPerson(...args); } },
    fullReads: () => readsSince.length,
    readsSince,
  };
}

describeEachDialect('recent posts kept between checks', (h) => {
  async function setUp() {
    const store = createStore(h.db, systemClock, randomIds);
    const org = await buildOrganization(store);
    const person = await buildPerson(store, org.id);
    const insert = async (text: string | undefined, at: string): Promise<string> => {
      const id = randomUUID();
      await store.checks.insert({ id, org_id: org.id, person_id: person.id, verdict: 'allow', activity: sealActivity(keyring, org.id, id, { action: 'post', text }), result: '{}', created_at: at });
      return id;
    };
    const spy = counting(store.checks);
    const cache = new RecentPostsCache(keyring);
    const read = async (now = NOW) => {
      const since = RecentPostsCache.since(now);
      const found = await store.organizations.forCheck(org.id, person.id, since);
      const q = { orgId: org.id, personId: person.id, now, since, newestCheckAt: found?.newestCheckAt ?? null };
      return (await cache.of(spy.checks, q)).map((p) => p.text);
    };
    return { org, person, insert, spy, cache, read };
  }

  it('sees a newer check another instance stored at the next read, reading only from the newest kept one on', async () => {
    const s = await setUp();
    await s.insert('first', minutesAgo(10));
    expect(await s.read()).toEqual(['first']);
    await s.insert('from elsewhere', minutesAgo(5));
    expect(await s.read()).toEqual(['from elsewhere', 'first']);
    expect(s.spy.readsSince.at(-1)).toBe(minutesAgo(10));
    expect(await s.read()).toEqual(['from elsewhere', 'first']);
    expect(s.spy.fullReads()).toBe(2);
  });

  it('sees a check another instance stored at the same moment as a kept one at the next full read', async () => {
    const s = await setUp();
    await s.insert('kept', minutesAgo(5));
    await s.insert('older', minutesAgo(20));
    expect(await s.read()).toEqual(['kept', 'older']);
    await s.insert('same time', minutesAgo(5));
    await s.insert('in between', minutesAgo(10));
    const later = new Date(NOW.getTime() + REREAD_AFTER_MS);
    expect((await s.read(later)).sort()).toEqual(['in between', 'kept', 'older', 'same time']);
  });

  it('adds the checks this instance stores without reading the posts again, once each', async () => {
    const s = await setUp();
    await s.insert('older', minutesAgo(30));
    expect(await s.read()).toEqual(['older']);
    const reads = s.spy.fullReads();
    const at = minutesAgo(1);
    const id = await s.insert('mine', at);
    s.cache.stored(s.org.id, s.person.id, { id, at, activity: { text: 'mine' } });
    s.cache.stored(s.org.id, s.person.id, { id, at, activity: { text: 'mine' } });
    expect(await s.read()).toEqual(['mine', 'older']);
    expect(s.spy.fullReads()).toBe(reads);
  });

  it('reads nothing when the newest check the caller read is older than one this instance stored since', async () => {
    const s = await setUp();
    await s.insert('older', minutesAgo(30));
    expect(await s.read()).toEqual(['older']);
    const reads = s.spy.fullReads();
    const since = RecentPostsCache.since(NOW);
    // The caller read the store's newest ('older') before this instance stored 'mine'.
    const q = { orgId: s.org.id, personId: s.person.id, now: NOW, since, newestCheckAt: minutesAgo(30) };
    const at = minutesAgo(1);
    s.cache.stored(s.org.id, s.person.id, { id: await s.insert('mine', at), at, activity: { text: 'mine' } });
    expect((await s.cache.of(s.spy.checks, q)).map((p) => p.text)).toEqual(['mine', 'older']);
    expect(s.spy.fullReads()).toBe(reads);
  });

  it('keeps only the last day, at most the limit, newest first; checks without text count but show nothing', async () => {
    const s = await setUp();
    await s.insert('yesterday', minutesAgo(25 * 60));
    for (let i = 0; i < RECENT_LIMIT + 3; i += 1) await s.insert(i === 0 ? undefined : `post ${i}`, minutesAgo(100 - i));
    const texts = await s.read();
    // The limit counts checks; the oldest (and the one without text) fall outside it.
    expect(texts).toHaveLength(RECENT_LIMIT);
    expect(texts[0]).toBe(`post ${RECENT_LIMIT + 2}`);
    expect(texts).not.toContain('yesterday');
    expect(await s.read()).toEqual(texts);
  });
});
