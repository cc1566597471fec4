import { dueReminders, type Reminder, type ReminderPerson } from '../../domain/index.js';
import type { AppContext } from '../context.js';
import { notFound } from '../errors.js';
import { orgRefOf } from '../packs.js';
import { allRecords } from './persist.js';
import {
  acknowledgementSpec, approvalSpec, consentSpec, grantSpec, incidentSpec, reviewSpec, taskSpec, trainingSpec,
} from './record-specs.js';

/**
 * Everything of an organization that is overdue or falls due within the horizon. A version of
 * the organization's own pack was adopted when it was uploaded; for a built-in pack the
 * organization's creation stands for the adoption of its version.
 */
export async function remindersFor(app: AppContext, orgId: string, horizonDays?: number): Promise<Reminder[]> {
  const org = await app.store.organizations.byId(orgId);
  if (!org) throw notFound('organization');
  const db = app.store.db.kysely;
  const rows = await db.selectFrom('people').leftJoin('credentials', 'credentials.person_id', 'people.id')
    .select(['people.id', 'people.role', 'people.created_at', 'credentials.changed_at'])
    .where('people.org_id', '=', orgId).where('people.archived_at', 'is', null).execute();
  const people: ReminderPerson[] = rows.map((r) => ({
    id: r.id, role: r.role as ReminderPerson['role'], startedAt: r.created_at, passwordChangedAt: r.changed_at ?? null,
  }));
  const s = app.store;
  const k = app.keyring;
  return dueReminders(app.clock.now(), {
    org: orgRefOf(org),
    versionAdoptedAt: (await app.store.organizationPacks.byVersion(orgId, org.pack_version))?.uploaded_at ?? org.created_at,
    people,
    acknowledgements: await allRecords(s, k, acknowledgementSpec, orgId, { kind: `${org.pack_id}@${org.pack_version}` }),
    training: await allRecords(s, k, trainingSpec, orgId),
    reviews: await allRecords(s, k, reviewSpec, orgId),
    approvals: await allRecords(s, k, approvalSpec, orgId, { status: 'pending' }),
    grants: await allRecords(s, k, grantSpec, orgId, { status: 'granted' }),
    consents: await allRecords(s, k, consentSpec, orgId, { status: 'active' }),
    incidents: await allRecords(s, k, incidentSpec, orgId, { status: 'reported' }),
    tasks: await allRecords(s, k, taskSpec, orgId, { status: 'open' }),
  }, horizonDays === undefined ? {} : { horizonDays });
}
