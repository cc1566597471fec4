import { z } from 'zod';
import { ROLES, ROSTER_KINDS, VERDICTS } from '../../engine/contract/enums.js';
import type { PersonRow } from '../../store/repositories/people.js';
import type { OrganizationRow } from '../../store/repositories/organizations.js';
import type { ApiTokenRow } from '../../store/repositories/api-tokens.js';
import type { CheckRow } from '../../store/repositories/checks.js';
import type { Keyring } from '../../crypto/keyring.js';
import { openActivity } from '../../app/checks/sealed-activity.js';

/** How records are shown through the API: camelCase, no secrets, no internal columns. */
export const personView = z.object({
  id: z.string(), email: z.string(), name: z.string(), role: z.enum(ROLES), supervisorId: z.string().nullable(),
  admin: z.boolean(), createdAt: z.string(), archivedAt: z.string().nullable(),
}).meta({ id: 'Person' });

export const presentPerson = (r: PersonRow): z.infer<typeof personView> => ({
  id: r.id, email: r.email, name: r.name, role: r.role as z.infer<typeof personView>['role'], supervisorId: r.supervisor_id,
  admin: r.is_admin === 1, createdAt: r.created_at, archivedAt: r.archived_at,
});

export const organizationView = z.object({
  id: z.string(), slug: z.string(), name: z.string(), packId: z.string(), packVersion: z.string(),
  aliases: z.array(z.string()), emailDomains: z.array(z.string()), createdAt: z.string(),
}).meta({ id: 'Organization' });

export const presentOrganization = (r: OrganizationRow): z.infer<typeof organizationView> => ({
  id: r.id, slug: r.slug, name: r.name, packId: r.pack_id, packVersion: r.pack_version,
  aliases: JSON.parse(r.aliases) as string[], emailDomains: JSON.parse(r.email_domains) as string[], createdAt: r.created_at,
});

export const rosterEntryView = z.object({
  id: z.string(), ref: z.string().nullable(), kind: z.enum(ROSTER_KINDS), name: z.string(), aliases: z.array(z.string()),
  handles: z.array(z.string()), dateOfBirth: z.string().nullable(), minorUnderYouthProtection: z.boolean(),
  createdAt: z.string(), updatedAt: z.string(), archivedAt: z.string().nullable(),
}).meta({ id: 'RosterEntry' });

export const apiTokenView = z.object({
  id: z.string(), name: z.string(), personId: z.string(), createdAt: z.string(),
  lastUsedAt: z.string().nullable(), revokedAt: z.string().nullable(),
}).meta({ id: 'ApiToken' });

export const presentApiToken = (r: ApiTokenRow): z.infer<typeof apiTokenView> => ({
  id: r.id, name: r.name, personId: r.person_id, createdAt: r.created_at, lastUsedAt: r.last_used_at, revokedAt: r.revoked_at,
});

export const checkView = z.object({
  id: z.string(), personId: z.string(), verdict: z.enum(VERDICTS), activity: z.unknown(), result: z.unknown(), createdAt: z.string(),
}).meta({ id: 'Check' });

export const presentCheck = (keyring: Keyring, r: CheckRow): z.infer<typeof checkView> => ({
  id: r.id, personId: r.person_id, verdict: r.verdict as z.infer<typeof checkView>['verdict'],
  activity: openActivity(keyring, r.org_id, r), result: JSON.parse(r.result) as unknown, createdAt: r.created_at,
});
