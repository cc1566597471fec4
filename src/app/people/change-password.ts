import { hashPassword, verifyPassword } from '../../crypto/passwords.js';
import type { AppContext } from '../context.js';
import { AppError, notFound } from '../errors.js';
import { practicePackOfOrg } from '../packs.js';
import { iso } from '../ports.js';
import { checkPassword, passwordRulesFor } from './password-rules.js';

/**
 * Sets a person's password. With `current`, the person changes their own and must give the
 * old one; without, an admin or the command line resets it. Every session of the person ends.
 */
export async function changePassword(
  app: AppContext,
  orgId: string,
  personId: string,
  change: { next: string; current?: string; by: 'self' | 'admin' | 'cli'; actorId: string | null },
): Promise<void> {
  const org = await app.store.organizations.byId(orgId);
  const person = await app.store.people.byId(orgId, personId);
  if (!org || !person) throw notFound('person');
  if (change.by === 'self') {
    const cred = await app.store.credentials.byPerson(personId);
    if (!cred || change.current === undefined || !(await verifyPassword(cred.password_hash, change.current))) {
      throw new AppError('validation', 'the current password is not right', { field: 'currentPassword' });
    }
  }
  const problem = checkPassword(passwordRulesFor(practicePackOfOrg(org)), change.next);
  if (problem) throw problem;
  const hash = await hashPassword(change.next);
  await app.store.transaction(async (tx) => {
    await tx.credentials.set(personId, hash, iso(app.clock.now()));
    await tx.sessions.removeForPerson(personId);
    await tx.audit.record(orgId, { kind: 'password.changed', actorId: change.actorId, subjectId: personId, data: { by: change.by } });
  });
}
