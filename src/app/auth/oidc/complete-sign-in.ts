import { decryptJson } from '../../../crypto/field-cipher.js';
import { safeEqual, sha256Hex } from '../../../crypto/tokens.js';
import type { OidcLoginRow } from '../../../store/repositories/oidc.js';
import type { PersonRow } from '../../../store/repositories/people.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { iso } from '../../ports.js';
import { addPerson } from '../../people/add-person.js';
import { isUniqueViolation } from '../../workflows/persist.js';
import { openSession, type OpenedSession } from '../open-session.js';
import { decide, identityFrom, type Identity, type Known, type Refusal } from './identity.js';
import { exchangeCode, providerConfiguration } from './provider-client.js';
import { settingsOf, type OidcSettings } from './settings.js';
import { loginContext, type LoginSecrets } from './start-sign-in.js';

export interface CompleteInput {
  /** The browser-binding cookie, if the browser sent it. */
  readonly browserToken: string | undefined;
  /** The callback's query string: `code` and `state`, or the provider's `error`. */
  readonly query: URLSearchParams;
}

export interface CompletedSignIn extends OpenedSession {
  readonly orgId: string;
  readonly personId: string;
  /** Where to send the browser: the relative path asked for at the start. */
  readonly returnTo: string;
}

const stateInvalid = (message: string, reason: string): AppError => new AppError('oidc_state_invalid', message, { reason });

/**
 * Completes a sign-in at the provider's callback: takes the sign-in under way (once),
 * checks `state`, exchanges the code, has openid-client validate the ID token, matches
 * the person and opens the same session as a local sign-in. Every refusal after the
 * organization is known is audited; nothing is signed in unless every check passes.
 */
export async function completeOidcSignIn(app: AppContext, input: CompleteInput): Promise<CompletedSignIn> {
  if (!input.browserToken) throw stateInvalid('no sign-in was started in this browser (or its cookie expired): start again', 'no-cookie');
  const id = sha256Hex(input.browserToken);
  const login = await app.store.oidc.takeLogin(id);
  if (!login) throw stateInvalid('this sign-in is unknown or was already completed: start again', 'unknown');
  const attempt = { subjectId: null as string | null };
  try {
    return await complete(app, login, input.query, attempt);
  } catch (error) {
    if (error instanceof AppError) {
      await app.store.transaction((tx) => tx.audit.record(login.org_id, {
        kind: 'session.sign-in-failed', actorId: null, subjectId: attempt.subjectId,
        data: { method: 'oidc', code: error.code, reason: error.reason ?? null },
      }));
    }
    throw error;
  }
}

async function complete(app: AppContext, login: OidcLoginRow, query: URLSearchParams, attempt: { subjectId: string | null }): Promise<CompletedSignIn> {
  const now = app.clock.now();
  if (login.expires_at <= iso(now)) throw stateInvalid('this sign-in took too long: start again', 'expired');
  if (!safeEqual(query.get('state') ?? '', login.state)) throw stateInvalid('the state sent back is not the one this sign-in sent', 'state-mismatch');
  const row = await app.store.oidc.providerOf(login.org_id);
  if (!row) throw new AppError('oidc_not_configured', 'OpenID Connect sign-in was turned off for this organization');
  const settings = settingsOf(row, app.keyring);
  const secrets = decryptJson<LoginSecrets>(app.keyring, login.secrets, loginContext(login.id));

  const config = await providerConfiguration(settings.version, settings);
  const claims = await exchangeCode(config, query, { ...secrets, redirectUri: login.redirect_uri, state: login.state, emailClaim: settings.emailClaim });
  const identity = identityFrom(claims, settings);
  if (typeof identity === 'string') throw refused(identity);
  for (let round = 1; ; round += 1) {
    try {
      const { person, session } = await matchAndOpen(app, settings, identity, now, attempt);
      return { ...session, orgId: settings.orgId, personId: person.id, returnTo: login.return_to };
    } catch (error) {
      // Another first sign-in of the same identity added or linked the person between our read
      // and our write: read again, and sign in as the person it linked.
      if (round < MATCH_ROUNDS && lostToConcurrentSignIn(error)) continue;
      throw error;
    }
  }
}

/** Reads and decisions per sign-in: a lost race costs one more (a second loss needs a third first sign-in). */
const MATCH_ROUNDS = 3;

const lostToConcurrentSignIn = (error: unknown): boolean =>
  isUniqueViolation(error) || (error instanceof AppError && error.reason === 'email_taken');

/** Matches the identity to a person (adding or linking one the first time) and opens their session. */
async function matchAndOpen(
  app: AppContext, settings: OidcSettings, identity: Identity, now: Date, attempt: { subjectId: string | null },
): Promise<{ person: PersonRow; session: OpenedSession }> {
  const known = await knownOf(app, settings, identity);
  const decision = decide(identity, known);
  attempt.subjectId = known.linked?.id ?? known.byEmail?.id ?? null;
  if (decision.kind === 'refuse') throw refused(decision.reason, identity.email);

  const person = decision.kind === 'add'
    ? await addPerson(app, settings.orgId, null, { email: identity.email, name: identity.name ?? identity.email, role: decision.role })
    : decision.person;
  attempt.subjectId = person.id;
  const link = decision.kind === 'add' || decision.link;
  const session = await app.store.transaction(async (tx) => {
    if (link) {
      await tx.oidc.link({ org_id: settings.orgId, issuer: settings.issuer, subject: identity.subject, person_id: person.id, created_at: iso(now) });
      await tx.audit.record(settings.orgId, { kind: 'oidc.linked', actorId: person.id, subjectId: person.id, data: { issuer: settings.issuer } });
    }
    return openSession(tx, now, { orgId: settings.orgId, personId: person.id }, 'oidc');
  });
  return { person, session };
}

async function knownOf(app: AppContext, settings: OidcSettings, identity: Identity): Promise<Known> {
  const link = await app.store.oidc.linkOf(settings.orgId, settings.issuer, identity.subject);
  const linked = link ? await app.store.people.byId(settings.orgId, link.person_id) : undefined;
  const byEmail = linked ? undefined : await app.store.people.byEmail(settings.orgId, identity.email);
  const byEmailLink = byEmail ? await app.store.oidc.linkOfPerson(settings.orgId, settings.issuer, byEmail.id) : undefined;
  return { linked, byEmail, byEmailSubject: byEmailLink?.subject, unknownUserRole: settings.unknownUserRole };
}

const REFUSALS: Readonly<Record<Refusal, string>> = {
  'email-missing': 'the identity provider sent no email address',
  'email-unverified': 'the identity provider has not verified this email address',
  'domain-not-allowed': 'this email domain may not sign in to the organization',
  'no-such-person': 'is not a member of this organization: ask an administrator to add you',
  archived: 'this account is archived',
  'subject-mismatch': 'this email is already linked to another account at the identity provider',
};

function refused(reason: Refusal, email?: string): AppError {
  const text = REFUSALS[reason];
  const message = reason === 'no-such-person' && email ? `${email} ${text}` : text;
  return new AppError('oidc_unknown_user', message, { reason });
}
