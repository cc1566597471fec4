import { expect, it, vi } from 'vitest';
import { describeEachDialect } from '../store/dialects.js';
import { useApi, type Caller } from './harness.js';

/**
 * A create whose process dies just after its transaction commits, before it answers or writes
 * anything else: the retry with the same `Idempotency-Key` must replay it, never create again.
 */
describeEachDialect('Idempotency keys survive a crash after the commit', (h) => {
  const api = useApi(h);

  /** The next transaction commits, then the "process" dies: whatever was to follow it never runs. */
  function dieAfterNextCommit(): void {
    const store = api.app.store;
    const commit = store.transaction.bind(store);
    vi.spyOn(store, 'transaction').mockImplementationOnce(async (work) => {
      await commit(work);
      throw new Error('the process died after the commit');
    });
  }

  async function postTwice(caller: Caller, url: string, payload: object, key: string) {
    const headers = { ...caller.headers, 'idempotency-key': key };
    dieAfterNextCommit();
    const first = await api.server.inject({ method: 'POST', url, headers, payload });
    expect(first.statusCode).toBe(500);
    vi.restoreAllMocks();
    api.clock.advance(120_000); // past the time after which an unanswered reservation counts as abandoned
    return api.server.inject({ method: 'POST', url, headers, payload });
  }

  const count = async (table: 'checks' | 'people' | 'approval_requests', orgId: string) => Number((await h.db.kysely
    .selectFrom(table).select((eb) => eb.fn.countAll().as('n')).where('org_id', '=', orgId).executeTakeFirstOrThrow()).n);

  it('a check (group commit) is stored once and its retry replays it', async () => {
    const before = await count('checks', api.a.id);
    const retry = await postTwice(api.a.staff, '/api/checks', { action: 'post', channel: 'personal', text: 'Lovely walk by the sea' }, 'crash-check');
    expect(retry.statusCode).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(await count('checks', api.a.id)).toBe(before + 1);
    const stored = await h.db.kysely.selectFrom('checks').select('id').where('org_id', '=', api.a.id).orderBy('created_at', 'desc').executeTakeFirstOrThrow();
    expect(retry.json<{ id: string }>().id).toBe(stored.id);
  });

  it('a person and an approval request are created once and their retries replay them', async () => {
    const people = await count('people', api.a.id);
    const person = await postTwice(api.a.admin, '/api/people', { email: 'crash@x.org', name: 'Crash', role: 'staff' }, 'crash-person');
    expect(person.statusCode).toBe(201);
    expect(person.headers['idempotent-replayed']).toBe('true');
    expect(person.json()).toMatchObject({ email: 'crash@x.org' });
    expect(await count('people', api.a.id)).toBe(people + 1);

    const approvals = await count('approval_requests', api.a.id);
    const approval = await postTwice(api.a.staff, '/api/approvals', { kind: 'speak-for-org', purpose: 'Announce the open day' }, 'crash-approval');
    expect(approval.statusCode).toBe(201);
    expect(approval.headers['idempotent-replayed']).toBe('true');
    expect(await count('approval_requests', api.a.id)).toBe(approvals + 1);
  });
});
