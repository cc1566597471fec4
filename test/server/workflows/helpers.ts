import type { Role } from '../../../src/engine/contract/enums.js';
import { addPerson } from '../../../src/app/people/add-person.js';
import { PASSWORD, type ApiHarness, type Caller, type OrgFixture } from '../harness.js';

let n = 0;

/** Adds a person with a role to an organization of the harness and signs them in. */
export async function addCaller(api: ApiHarness, org: OrgFixture, role: Role, options: { supervisorId?: string } = {}): Promise<Caller> {
  n += 1;
  const email = `${role}-${n}@${org.slug}.org`;
  await addPerson(api.app, org.id, null, { email, name: `${role} ${n}`, role, password: PASSWORD, supervisorId: options.supervisorId ?? null });
  return api.signIn(org.slug, email);
}

/** A JSON request through the API. */
export async function call(api: ApiHarness, caller: Caller, method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: unknown, extraHeaders: Record<string, string> = {}) {
  const res = await api.server.inject({ method, url, headers: { ...caller.headers, ...extraHeaders }, ...(payload === undefined ? {} : { payload: payload as object }) });
  return { status: res.statusCode, body: res.json<Record<string, unknown> & { items?: Record<string, unknown>[] }>(), headers: res.headers };
}
