import { z } from 'zod';
import { ROLES } from '../../engine/contract/enums.js';
import type { PersonRow } from '../../store/repositories/people.js';
import type { AppContext } from '../context.js';
import { invalid, notFound } from '../errors.js';
import { iso } from '../ports.js';
import { parseInput } from '../validate.js';

export const updatePersonInput = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  role: z.enum(ROLES).optional(),
  supervisorId: z.string().min(1).max(200).nullable().optional(),
  admin: z.boolean().optional(),
  archived: z.boolean().optional(),
});
export type UpdatePersonInput = z.input<typeof updatePersonInput>;

/** Changes a person's name, role, supervisor or admin right, or archives them (ending their sessions). */
export async function updatePerson(app: AppContext, orgId: string, actorId: string | null, id: string, input: UpdatePersonInput): Promise<PersonRow> {
  const u = parseInput(updatePersonInput, input);
  return app.store.transaction(async (tx) => {
    const row = await tx.people.byId(orgId, id);
    if (!row) throw notFound('person');
    if (u.supervisorId === id) throw invalid('a person cannot supervise themself', 'supervisorId');
    if (u.supervisorId && !(await tx.people.byId(orgId, u.supervisorId))) throw invalid('no such supervisor in this organization', 'supervisorId');
    const next: PersonRow = {
      ...row,
      ...(u.name !== undefined ? { name: u.name } : {}),
      ...(u.role !== undefined ? { role: u.role } : {}),
      ...(u.supervisorId !== undefined ? { supervisor_id: u.supervisorId } : {}),
      ...(u.admin !== undefined ? { is_admin: u.admin ? 1 : 0 } : {}),
      ...(u.archived !== undefined ? { archived_at: u.archived ? row.archived_at ?? iso(app.clock.now()) : null } : {}),
    };
    await tx.people.update(orgId, id, next);
    const fields = Object.keys(u).filter((k) => k !== 'archived').sort();
    if (fields.length) await tx.audit.record(orgId, { kind: 'person.updated', actorId, subjectId: id, data: { fields } });
    if (u.archived && !row.archived_at) {
      await tx.sessions.removeForPerson(id);
      await tx.audit.record(orgId, { kind: 'person.archived', actorId, subjectId: id, data: {} });
    }
    return next;
  });
}
