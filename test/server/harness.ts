/**
 * An API server over a real database (both dialects, through `describeEachDialect`), with
 * two organizations, each with an admin, a supervisor and a staff member, signed in.
 */
import { afterAll, beforeAll } from 'vitest';
import { createApp, type App } from '../../src/app/create-app.js';
import { createOrganization } from '../../src/app/organizations/create-organization.js';
import { addPerson } from '../../src/app/people/add-person.js';
import { fixedClock } from '../../src/app/ports.js';
import { parseConfig } from '../../src/config/config.js';
import { buildServer } from '../../src/server/build-server.js';
import type { ApiServer, ServerLimits } from '../../src/server/types.js';
import type { DialectHarness } from '../store/dialects.js';

export const PASSWORD = 'correct-horse-42';

/** A signed-in person: the headers to send on every request. */
export interface Caller {
  readonly id: string;
  readonly email: string;
  readonly headers: Record<string, string>;
}

export interface OrgFixture {
  readonly id: string;
  readonly slug: string;
  readonly admin: Caller;
  readonly supervisor: Caller;
  readonly staff: Caller;
}

export interface ApiHarness {
  readonly app: App;
  readonly server: ApiServer;
  readonly clock: ReturnType<typeof fixedClock>;
  readonly a: OrgFixture;
  readonly b: OrgFixture;
  signIn(slug: string, email: string, password?: string): Promise<Caller>;
}

let counter = 0;

/** Sets up the server in `beforeAll` and tears it down in `afterAll`; read fields inside tests. */
export function useApi(h: DialectHarness, limits: Partial<ServerLimits> = {}, packId = 'iwso'): ApiHarness {
  const state = {} as { app: App; server: ApiServer; a: OrgFixture; b: OrgFixture };
  const clock = fixedClock('2026-11-21T15:00:00Z');

  async function signIn(slug: string, email: string, password = PASSWORD): Promise<Caller> {
    const res = await state.server.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { organization: slug, email, password } });
    if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.body}`);
    const cookie = res.cookies.find((c) => c.name === 'pw_session');
    const body = res.json<{ csrfToken: string; person: { id: string } }>();
    return { id: body.person.id, email, headers: { cookie: `pw_session=${cookie?.value ?? ''}`, 'x-csrf-token': body.csrfToken } };
  }

  async function org(name: string): Promise<OrgFixture> {
    counter += 1;
    const slug = `${name}-${process.pid}-${counter}`;
    const o = await createOrganization(state.app, { slug, name, packId });
    const person = async (role: 'staff' | 'supervisor', admin: boolean, email: string): Promise<Caller> => {
      await addPerson(state.app, o.id, null, { email, name: email, role, admin, password: PASSWORD });
      return signIn(slug, email);
    };
    return {
      id: o.id, slug,
      admin: await person('supervisor', true, `admin@${slug}.org`),
      supervisor: await person('supervisor', false, `sup@${slug}.org`),
      staff: await person('staff', false, `staff@${slug}.org`),
    };
  }

  beforeAll(async () => {
    const config = parseConfig({ POSTWISE_KEY: Buffer.alloc(32, 9).toString('base64'), POSTWISE_DATA_DIR: h.connectOptions.dataDir });
    state.app = await createApp(config, { db: h.db, clock });
    state.server = await buildServer(state.app, { limits: { signInPerMinute: 1_000, ...limits } });
    await state.server.ready();
    state.a = await org('alpha');
    state.b = await org('beta');
  });
  afterAll(async () => {
    await state.server?.close();
    await state.app?.close();
  });

  return {
    get app() { return state.app; },
    get server() { return state.server; },
    get a() { return state.a; },
    get b() { return state.b; },
    clock,
    signIn,
  };
}
