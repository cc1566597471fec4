import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApp, type App } from '../../../src/app/create-app.js';
import { createOrganization } from '../../../src/app/organizations/create-organization.js';
import { addPerson } from '../../../src/app/people/add-person.js';
import { fixedClock } from '../../../src/app/ports.js';
import { addRosterEntry } from '../../../src/app/roster/save-roster-entry.js';
import { seedDemoWorkflows } from '../../../src/app/workflows/demo-workflows.js';
import { verifyAuditChain } from '../../../src/audit/verify.js';
import { parseConfig } from '../../../src/config/config.js';
import { PACK_IDS, ROLES } from '../../../src/engine/contract/enums.js';
import { describeEachDialect } from '../../store/dialects.js';

describeEachDialect('demo workflows', (h) => {
  let app: App;
  beforeAll(async () => {
    const config = parseConfig({ POSTWISE_KEY: Buffer.alloc(32, 7).toString('base64'), POSTWISE_DATA_DIR: h.connectOptions.dataDir });
    app = await createApp(config, { db: h.db, clock: fixedClock('2026-11-21T15:00:00Z') });
  });
  afterAll(() => app.close());

  it.each(PACK_IDS)('fills a %s organization through the workflows, and the audit chain verifies', async (packId) => {
    const org = await createOrganization(app, { slug: `demo-${packId}-${process.pid}`, name: `Demo ${packId}`, packId });
    const people: { id: string; role: (typeof ROLES)[number]; supervisorId?: string | null }[] = [];
    const supervisor = await addPerson(app, org.id, null, { email: `supervisor@${packId}.demo`, name: 'Sup', role: 'supervisor' });
    people.push({ id: supervisor.id, role: 'supervisor' });
    for (const role of ROLES.filter((r) => r !== 'supervisor')) {
      const person = await addPerson(app, org.id, null, { email: `${role}@${packId}.demo`, name: role, role, supervisorId: supervisor.id });
      people.push({ id: person.id, role, supervisorId: supervisor.id });
    }
    const clients = [await addRosterEntry(app, org.id, null, { name: 'Demo Client' }), await addRosterEntry(app, org.id, null, { name: 'Demo Child', minorUnderYouthProtection: true })];
    await seedDemoWorkflows(app, { orgId: org.id, packId, packVersion: org.pack_version, people, clientIds: clients.map((c) => c.id) });
    const count = async (table: 'approval_requests' | 'consents' | 'incidents' | 'access_grants' | 'follow_up_tasks') =>
      (await h.db.kysely.selectFrom(table).select('id').where('org_id', '=', org.id).execute()).length;
    expect(await count('approval_requests')).toBe(2);
    expect(await count('consents')).toBe(2);
    expect(await count('incidents')).toBe(2);
    expect(await count('access_grants')).toBe(1);
    expect(await count('follow_up_tasks')).toBeGreaterThan(3);
    expect((await verifyAuditChain(h.db.kysely, org.id)).ok).toBe(true);
  });
});
