import { expect, it } from 'vitest';
import { setOrganizationPack } from '../../../src/app/organizations/organization-pack.js';
import { describeEachDialect } from '../../store/dialects.js';
import { useApi } from '../harness.js';
import { addCaller, call } from './helpers.js';

/** An own pack extending iwso with one rule that iwso does not have. */
function ownPack(version: string, rules = PINEAPPLE_RULE): string {
  return `extends: iwso
id: alpha-own
version: "${version}"
name: Alpha — our own policy
rules:${rules}
`;
}
const PINEAPPLE_RULE = `
  - id: no-pineapple
    category: endorsement
    severity: block
    detect: [{ detector: lexicon, params: { terms: ["pineapple"] } }]
    clause: { section: "9.9", text: "Staff do not advertise pineapples." }
    message: { en: "This advertises pineapples." }
    remedy: { en: "Remove the pineapple." }`;
const post = { action: 'post', channel: 'personal', text: 'I really love pineapple on pizza' };

describeEachDialect('API organization pack', (h) => {
  const api = useApi(h, {}, 'iwso');

  it('binds the organization to a version of its own pack: checks use it and everyone signs again', async () => {
    const member = await addCaller(api, api.a, 'volunteer');
    const builtIn = await call(api, member, 'GET', '/api/organization/pack');
    expect(builtIn.body).toEqual({ packId: 'iwso', packVersion: '2016', builtIn: true });
    await call(api, member, 'POST', '/api/acknowledgements', { signedName: 'Vol', statement: 'I have read it.', packVersion: '2016' });
    expect((await call(api, member, 'POST', '/api/checks', post)).body).toMatchObject({ verdict: 'allow', packId: 'iwso' });

    expect((await call(api, api.a.staff, 'PUT', '/api/organization/pack', { source: ownPack('2026.1') })).body).toMatchObject({ status: 403 });
    const adopted = await call(api, api.a.admin, 'PUT', '/api/organization/pack', { source: ownPack('2026.1'), fileName: 'alpha.yaml' });
    expect(adopted).toMatchObject({ status: 200, body: { packId: 'alpha-own', packVersion: '2026.1', changed: true, newVersion: true, previous: { packId: 'iwso', packVersion: '2016' } } });
    expect((await call(api, member, 'GET', '/api/organization')).body).toMatchObject({ packId: 'alpha-own', packVersion: '2026.1' });
    expect((await call(api, member, 'GET', '/api/organization/pack')).body).toMatchObject({ builtIn: false, source: ownPack('2026.1'), uploadedBy: api.a.admin.id });
    expect((await call(api, api.b.admin, 'GET', '/api/organization/pack')).body).toMatchObject({ packId: 'iwso', builtIn: true });

    const blocked = await call(api, member, 'POST', '/api/checks', post);
    expect(blocked.body).toMatchObject({ verdict: 'block', packId: 'alpha-own', packVersion: '2026.1', findings: [expect.objectContaining({ rule: 'alpha-own/no-pineapple' })] });
    expect((await call(api, api.b.staff, 'POST', '/api/checks', post)).body).toMatchObject({ verdict: 'allow' });

    const reminders = await call(api, member, 'GET', '/api/reminders?horizonDays=60');
    expect(reminders.body.items).toContainEqual(expect.objectContaining({ kind: 'acknowledgement', personId: member.id }));
    const stale = await call(api, member, 'POST', '/api/acknowledgements', { signedName: 'Vol', statement: 'I have read it.', packVersion: '2016' });
    expect(stale.body).toMatchObject({ status: 409, reason: 'not_current_version' });
    expect((await call(api, member, 'POST', '/api/acknowledgements', { signedName: 'Vol', statement: 'I have read it.', packVersion: '2026.1' })).status).toBe(201);

    // The same text again changes nothing; other text under a version on file is refused.
    expect((await call(api, api.a.admin, 'PUT', '/api/organization/pack', { source: ownPack('2026.1') })).body).toMatchObject({ changed: false });
    expect((await call(api, api.a.admin, 'PUT', '/api/organization/pack', { source: ownPack('2026.1', ' []') })).body).toMatchObject({ status: 409, field: 'version', reason: 'version_exists' });

    // A new version from the command line's path (no signed-in person): the next check uses it.
    await setOrganizationPack(api.app, api.a.id, null, { source: ownPack('2026.2', ' []') });
    expect((await call(api, member, 'POST', '/api/checks', post)).body).toMatchObject({ verdict: 'allow', packVersion: '2026.2' });
    const adoptions = await h.db.kysely.selectFrom('audit_log').select(['actor_id', 'data']).where('org_id', '=', api.a.id).where('kind', '=', 'policy.pack-adopted').orderBy('seq').execute();
    expect(adoptions.map((a) => [a.actor_id, (JSON.parse(a.data) as { packVersion: string }).packVersion])).toEqual([[api.a.admin.id, '2026.1'], [null, '2026.2']]);
  });

  it('refuses an invalid pack with a problem naming file, rule and field, and changes nothing', async () => {
    const before = (await call(api, api.b.admin, 'GET', '/api/organization')).body;
    const badRule = ownPack('1', PINEAPPLE_RULE.replace('severity: block', 'severity: terrible'));
    const res = await api.server.inject({ method: 'PUT', url: '/api/organization/pack', headers: api.b.admin.headers, payload: { source: badRule, fileName: 'beta.yaml' } });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const problem = res.json<Record<string, string>>();
    expect(problem).toMatchObject({ code: 'validation', reason: 'invalid_pack', field: 'rules.0.severity' });
    expect(problem.detail).toMatch(/beta\.yaml rule "no-pineapple": rules\.0\.severity/);

    const cases: [string, string][] = [
      [ownPack('1').replace('extends: iwso', 'extends: /etc/passwd'), 'extends'],
      [ownPack('1').replace('id: alpha-own', 'id: iwso'), 'id'],
      ['rules: [unclosed', '(file)'],
      ['- just\n- a list', '(root)'],
    ];
    for (const [source, field] of cases) {
      expect((await call(api, api.b.admin, 'PUT', '/api/organization/pack', { source })).body).toMatchObject({ status: 400, field });
    }
    expect((await call(api, api.b.admin, 'GET', '/api/organization')).body).toEqual(before);
    expect(await h.db.kysely.selectFrom('organization_packs').selectAll().where('org_id', '=', api.b.id).execute()).toEqual([]);
    expect((await api.server.inject({ method: 'PUT', url: '/api/organization/pack', payload: { source: ownPack('1') } })).statusCode).toBe(401);
  });
});
