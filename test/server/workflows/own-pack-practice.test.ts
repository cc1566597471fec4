import type { Kysely } from 'kysely';
import { expect, it } from 'vitest';
import { setOrganizationPack } from '../../../src/app/organizations/organization-pack.js';
import * as practiceMigration from '../../../src/store/migrations/0009-practice-pack.js';
import { describeEachDialect } from '../../store/dialects.js';
import { useApi, type OrgFixture } from '../harness.js';
import { addCaller, call } from './helpers.js';

const ownPack = (id: string, base: string | null) => `${base ? `extends: ${base}\n` : `policy: { title: Our policy, source: our-policy.txt }
language: en
languages: [en]
organization: { names: [Us] }
`}id: ${id}
version: "1"
name: Our own policy
rules: []
`;
const period = { from: '2026-11-21T00:00:00Z', until: '2026-11-22T00:00:00Z', purpose: 'Cover the open day' };

/**
 * An organization's own pack follows the workflow practice of the built-in pack it extends
 * (IWSO: the Executive Director grants account access, passwords of 8 with letters and digits);
 * an own pack that extends none gets the conservative defaults (a supervisor grants access,
 * passwords of 12).
 */
describeEachDialect('Own packs: the practice of the pack they extend', (h) => {
  const api = useApi(h, {}, 'iwso');

  /** A supervisor's grant of access to a new official account: its status (403 when the role may not). */
  async function supervisorGrants(org: OrgFixture, handle: string): Promise<number> {
    const comms = await addCaller(api, org, 'communications-delegate');
    const account = await call(api, comms, 'POST', '/api/accounts', { platform: 'facebook', handle, holder: 'Communications', purpose: 'News', postingAllowed: true });
    expect(account.status).toBe(201);
    return (await call(api, org.supervisor, 'POST', `/api/accounts/${account.body.id as string}/grants`, { personId: org.staff.id, ...period })).status;
  }
  const addWithPassword = async (org: OrgFixture, email: string, password: string) =>
    (await call(api, org.admin, 'POST', '/api/people', { email, name: email, role: 'staff', password })).status;

  it('an own pack extending iwso keeps iwso\'s approvers and password rules', async () => {
    await setOrganizationPack(api.app, api.a.id, null, { source: ownPack('alpha-east', 'iwso') });
    const a = await call(api, api.a.staff, 'GET', '/api/organization');
    expect(a.body).toMatchObject({ packId: 'alpha-east' });
    expect(await supervisorGrants(api.a, 'alpha-news')).toBe(403);
    expect(await addWithPassword(api.a, 'nine@alpha.org', 'abcdefgh1')).toBe(201);
    expect(await addWithPassword(api.a, 'letters@alpha.org', 'onlylettershere')).toBe(400);
  });

  it('an own pack extending no built-in pack gets the conservative defaults', async () => {
    await setOrganizationPack(api.app, api.b.id, null, { source: ownPack('beta-own', null) });
    expect(await supervisorGrants(api.b, 'beta-news')).toBe(201);
    expect(await addWithPassword(api.b, 'nine@beta.org', 'abcdefgh1')).toBe(400);
  });

  it('migration 0009 gives organizations already on an own pack the practice of the pack it extends', async () => {
    const db = h.db.kysely as unknown as Kysely<unknown>;
    await practiceMigration.down(db);
    await practiceMigration.up(db);
    const rows = await h.db.kysely.selectFrom('organizations').select(['id', 'practice_pack_id']).where('id', 'in', [api.a.id, api.b.id]).execute();
    expect(Object.fromEntries(rows.map((r) => [r.id, r.practice_pack_id]))).toEqual({ [api.a.id]: 'iwso', [api.b.id]: null });
  });
});
