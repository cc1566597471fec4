import type { Role } from '../../engine/contract/enums.js';
import type { OrganizationRow } from '../../store/repositories/organizations.js';
import type { AppContext } from '../context.js';
import { conflict, invalid } from '../errors.js';
import { createOrganization } from '../organizations/create-organization.js';
import { addPerson } from '../people/add-person.js';
import { changePassword } from '../people/change-password.js';
import { checkPassword, passwordRulesFor } from '../people/password-rules.js';
import { addRosterEntry } from '../roster/save-roster-entry.js';
import { seedDemoWorkflows } from '../workflows/demo-workflows.js';
import { DEMO_CASTS, demoClients, demoEmail, rolesTopDown, supervisorRoleOf, type DemoCast } from './demo-cast.js';
import { generatePassword } from './demo-password.js';

export interface DemoOptions {
  /** One password for everyone (checked against every pack's rules); absent: a random one each. */
  readonly password?: string | undefined;
  /** Give the people of an existing demo new passwords (the audit trail is append-only: nothing is deleted). */
  readonly reset?: boolean | undefined;
}

/** A demo person; `password` is null when it was set by an earlier run and is not known any more. */
export interface DemoCredential {
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly admin: boolean;
  readonly password: string | null;
}

export interface DemoOrganizationReport {
  readonly slug: string;
  readonly name: string;
  readonly packId: string;
  readonly created: boolean;
  readonly people: readonly DemoCredential[];
  readonly clientsAdded: number;
  readonly workflowsSeeded: boolean;
}

export interface DemoReport {
  readonly organizations: readonly DemoOrganizationReport[];
}

/** True when the run found everything in place and set no password. */
export const demoExistedAlready = (report: DemoReport): boolean =>
  report.organizations.every((o) => !o.created && o.clientsAdded === 0 && !o.workflowsSeeded && o.people.every((p) => p.password === null));

async function ensureOrganization(app: AppContext, cast: DemoCast): Promise<{ row: OrganizationRow; created: boolean }> {
  const existing = await app.store.organizations.bySlug(cast.slug);
  if (existing && existing.pack_id !== cast.packId) {
    throw conflict(`${cast.slug} exists on pack ${existing.pack_id}, not ${cast.packId}: it is not a demo organization`, 'slug');
  }
  if (existing) return { row: existing, created: false };
  const row = await createOrganization(app, { slug: cast.slug, name: cast.name, packId: cast.packId, aliases: [...cast.aliases], emailDomains: [cast.emailDomain] });
  return { row, created: true };
}

/** Everyone of every role, supervisors first; existing people keep their password unless `reset`. */
async function ensurePeople(app: AppContext, org: OrganizationRow, cast: DemoCast, options: DemoOptions) {
  const idByRole = new Map<Role, string>();
  const people: (DemoCredential & { id: string; supervisorId: string | null })[] = [];
  const rules = passwordRulesFor(cast.packId);
  for (const role of rolesTopDown()) {
    const name = cast.people[role];
    const email = demoEmail(cast, name);
    const password = options.password ?? generatePassword(rules);
    const boss = supervisorRoleOf(role);
    const supervisorId = boss ? idByRole.get(boss) ?? null : null;
    const admin = role === 'executive-director';
    const existing = await app.store.people.byEmail(org.id, email);
    if (existing && options.reset) await changePassword(app, org.id, existing.id, { next: password, by: 'cli', actorId: null });
    const id = existing?.id ?? (await addPerson(app, org.id, null, { email, name, role, admin, supervisorId, password })).id;
    idByRole.set(role, id);
    people.push({ id, email, name, role, admin, supervisorId: existing?.supervisor_id ?? supervisorId, password: existing && !options.reset ? null : password });
  }
  return people;
}

/** The client roster, encrypted like every roster entry; entries found by their ref are kept. */
async function ensureClients(app: AppContext, orgId: string, cast: DemoCast): Promise<{ ids: string[]; added: number }> {
  const ids: string[] = [];
  let added = 0;
  for (const client of demoClients(cast)) {
    const existing = await app.store.roster.byRef(orgId, client.ref);
    if (existing) { ids.push(existing.id); continue; }
    ids.push((await addRosterEntry(app, orgId, null, client)).id);
    added += 1;
  }
  return { ids, added };
}

/**
 * Creates (or completes) one demo organization per built-in pack: people in every role with
 * their supervisors, a client roster, and the practice of the pack seeded through the same
 * workflows as the API. Safe to run again: what exists is kept, so a run that stopped half-way
 * is completed and a finished demo is left as it is.
 */
export async function createDemo(app: AppContext, options: DemoOptions = {}): Promise<DemoReport> {
  if (options.password !== undefined) {
    // Refuse before writing anything, naming the pack whose rules the password breaks.
    for (const cast of DEMO_CASTS) {
      const problem = checkPassword(passwordRulesFor(cast.packId), options.password);
      if (problem) throw invalid(`${problem.message} — required by ${cast.packId}`, 'password', 'password_rules');
    }
  }
  const organizations: DemoOrganizationReport[] = [];
  for (const cast of DEMO_CASTS) {
    const { row, created } = await ensureOrganization(app, cast);
    const people = await ensurePeople(app, row, cast, options);
    const clients = await ensureClients(app, row.id, cast);
    const seeded = (await app.store.workflows.approval_requests.list(row.id, { limit: 1 })).items.length > 0;
    if (!seeded) {
      await seedDemoWorkflows(app, { orgId: row.id, packId: row.pack_id, packVersion: row.pack_version, people, clientIds: clients.ids });
    }
    organizations.push({
      slug: row.slug, name: row.name, packId: row.pack_id, created, clientsAdded: clients.added, workflowsSeeded: !seeded,
      people: people.map(({ email, name, role, admin, password }) => ({ email, name, role, admin, password })),
    });
  }
  return { organizations };
}
