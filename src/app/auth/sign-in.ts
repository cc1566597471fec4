import { dummyHash, verifyPassword } from '../../crypto/passwords.js';
import type { AppContext } from '../context.js';
import { AppError } from '../errors.js';
import { practicePackOfOrg } from '../packs.js';
import { passwordExpired, passwordRulesFor } from '../people/password-rules.js';
import { openSession } from './open-session.js';

export { SESSION_HOURS } from './open-session.js';

export interface SignInInput {
  readonly organization: string;
  readonly email: string;
  readonly password: string;
}

export interface SignedIn {
  /** The cookie's value: shown once, stored only as its SHA-256. */
  readonly sessionToken: string;
  readonly csrfToken: string;
  readonly expiresAt: string;
  readonly personId: string;
  readonly orgId: string;
  readonly passwordChangeRequired: boolean;
}

const refused = (): AppError => new AppError('unauthenticated', 'organization, email or password is not right');

/**
 * Signs a person in with their organization's slug, email and password. Every failure
 * reads the same and takes as long (a dummy hash is verified for unknown accounts), so the
 * answer does not reveal who has an account. Sign-ins and failures of known people are audited.
 */
export async function signIn(app: AppContext, input: SignInInput): Promise<SignedIn> {
  const org = await app.store.organizations.bySlug(input.organization);
  const person = org ? await app.store.people.byEmail(org.id, input.email.trim()) : undefined;
  const cred = person ? await app.store.credentials.byPerson(person.id) : undefined;
  const ok = await verifyPassword(cred?.password_hash ?? (await dummyHash()), input.password);
  if (!org || !person) throw refused();
  const failure = !cred ? 'no-password' : !ok ? 'bad-password' : person.archived_at ? 'archived' : null;
  if (failure) {
    await app.store.transaction((tx) => tx.audit.record(org.id, {
      kind: 'session.sign-in-failed', actorId: null, subjectId: person.id, data: { reason: failure },
    }));
    throw refused();
  }
  const now = app.clock.now();
  const { sessionToken, csrfToken, expiresAt } = await app.store.transaction((tx) =>
    openSession(tx, now, { orgId: org.id, personId: person.id }, 'password'));
  const passwordChangeRequired = cred ? passwordExpired(passwordRulesFor(practicePackOfOrg(org)), cred.changed_at, now) : false;
  return { sessionToken, csrfToken, expiresAt, personId: person.id, orgId: org.id, passwordChangeRequired };
}

/** Ends a session. */
export async function signOut(app: AppContext, orgId: string, personId: string, sessionId: string): Promise<void> {
  await app.store.transaction(async (tx) => {
    await tx.sessions.remove(sessionId);
    await tx.audit.record(orgId, { kind: 'session.signed-out', actorId: personId, subjectId: personId, data: {} });
  });
}
