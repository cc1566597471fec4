import { z } from 'zod';
import { ROLES } from '../../engine/contract/enums.js';
import { hashPassword } from '../../crypto/passwords.js';
import type { PersonRow } from '../../store/repositories/people.js';
import type { AppContext } from '../context.js';
import { conflict, invalid, notFound } from '../errors.js';
import { noReply, type SealReply } from '../idempotent-reply.js';
import { practicePackOfOrg } from '../packs.js';
import { iso } from '../ports.js';
import { checkPassword, passwordRulesFor } from './password-rules.js';
import { parseInput } from '../validate.js';

export const addPersonInput = z.strictObject({
  email: z.email().max(320).transform((e) => e.toLowerCase()),
  name: z.string().trim().min(1).max(200),
  role: z.enum(ROLES),
  supervisorId: z.string().min(1).max(200).nullable().optional(),
  admin: z.boolean().default(false),
  password: z.string().max(1_000).optional(),
});
export type AddPersonInput = z.input<typeof addPersonInput>;

/**
 * Adds a person to an organization, with a local password when one is given (checked
 * against the pack's rules). `actorId` is null when the command line adds them.
 */
export async function addPerson(app: AppContext, orgId: string, actorId: string | null, input: AddPersonInput, seal: SealReply<PersonRow> = noReply): Promise<PersonRow> {
  const p = parseInput(addPersonInput, input);
  const org = await app.store.organizations.byId(orgId);
  if (!org) throw notFound('organization');
  if (p.password !== undefined) {
    const problem = checkPassword(passwordRulesFor(practicePackOfOrg(org)), p.password);
    if (problem) throw problem;
  }
  const passwordHash = p.password === undefined ? undefined : await hashPassword(p.password);
  const now = iso(app.clock.now());
  const row: PersonRow = {
    id: app.ids.uuid(), org_id: orgId, email: p.email, name: p.name, role: p.role,
    supervisor_id: p.supervisorId ?? null, is_admin: p.admin ? 1 : 0, created_at: now, archived_at: null,
  };
  return app.store.transaction(async (tx) => {
    if (await tx.people.byEmail(orgId, p.email)) throw conflict(`${p.email} is already a member`, 'email', 'email_taken');
    if (row.supervisor_id && !(await tx.people.byId(orgId, row.supervisor_id))) {
      throw invalid('no such supervisor in this organization', 'supervisorId');
    }
    await tx.people.insert(row);
    if (passwordHash) await tx.credentials.set(row.id, passwordHash, now);
    await tx.audit.record(orgId, {
      kind: 'person.created', actorId, subjectId: row.id,
      data: { role: row.role, isAdmin: p.admin, supervisorId: row.supervisor_id },
    });
    await seal(tx, row);
    return row;
  });
}
