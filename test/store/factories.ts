/** Test factories over a real database: each builds a valid record with overridable fields. */
import { randomUUID } from 'node:crypto';
import { iso } from '../../src/app/ports.js';
import { startAuditChain } from '../../src/audit/writer.js';
import type { Store } from '../../src/store/store.js';
import type { OrganizationRow } from '../../src/store/repositories/organizations.js';
import type { PersonRow } from '../../src/store/repositories/people.js';

let n = 0;

export async function buildOrganization(store: Store, over: Partial<OrganizationRow> = {}): Promise<OrganizationRow> {
  n += 1;
  const now = iso(new Date());
  const row: OrganizationRow = {
    id: randomUUID(), slug: `org-${n}-${randomUUID().slice(0, 8)}`, name: `Org ${n}`, pack_id: 'iwso',
    pack_version: '1', practice_pack_id: null, aliases: '[]', email_domains: '[]', roster_version: 0, facts_version: 0, created_at: now, updated_at: now, ...over,
  };
  await store.transaction(async (tx) => {
    await tx.organizations.insert(row);
    await startAuditChain(tx.db, row.id);
  });
  return row;
}

export async function buildPerson(store: Store, orgId: string, over: Partial<PersonRow> = {}): Promise<PersonRow> {
  n += 1;
  const row: PersonRow = {
    id: randomUUID(), org_id: orgId, email: `person${n}@example.org`, name: `Person ${n}`, role: 'staff',
    supervisor_id: null, is_admin: 0, created_at: iso(new Date()), archived_at: null, ...over,
  };
  row.email = row.email.toLowerCase();
  await store.people.insert(row);
  return row;
}
