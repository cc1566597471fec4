import type { Role } from '../../../engine/contract/enums.js';
import type { PersonRow } from '../../../store/repositories/people.js';

/** How an organization matches the provider's people to its own. */
export interface MatchRules {
  /** The claim that carries the email (`email`, `preferred_username`, `upn`…). */
  readonly emailClaim: string;
  readonly requireVerifiedEmail: boolean;
  /** Lower-case domains; empty allows any. */
  readonly allowedDomains: readonly string[];
}

/** Why a person who proved who they are to the provider still may not sign in. */
export type Refusal =
  | 'email-missing' | 'email-unverified' | 'domain-not-allowed'
  | 'no-such-person' | 'archived' | 'subject-mismatch';

/** Who the provider says this is, once the organization's rules accept the email. */
export interface Identity {
  readonly subject: string;
  readonly email: string;
  readonly name: string | undefined;
}

const domainOf = (email: string): string => email.slice(email.lastIndexOf('@') + 1);

/** The identity in validated claims, or why the organization's rules refuse it. */
export function identityFrom(claims: Readonly<Record<string, unknown>>, rules: MatchRules): Identity | Refusal {
  const raw = claims[rules.emailClaim];
  if (typeof raw !== 'string' || !/^[^@\s]+@[^@\s]+$/.test(raw.trim())) return 'email-missing';
  const email = raw.trim().toLowerCase();
  if (rules.requireVerifiedEmail && claims.email_verified !== true) return 'email-unverified';
  if (rules.allowedDomains.length > 0 && !rules.allowedDomains.includes(domainOf(email))) return 'domain-not-allowed';
  const name = typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim() : undefined;
  return { subject: String(claims.sub), email, name };
}

/** What is known of this identity in the organization, read before deciding. */
export interface Known {
  /** The person this subject is already linked to, if any. */
  readonly linked: PersonRow | undefined;
  /** The person with this email, if any. */
  readonly byEmail: PersonRow | undefined;
  /** The subject `byEmail` is already linked to at this issuer, if any. */
  readonly byEmailSubject: string | undefined;
  /** The role people unknown to the organization are added with; null refuses them. */
  readonly unknownUserRole: Role | null;
}

/** Who signs in: a known person (linking the subject the first time), a person to add, or a refusal. */
export type Decision =
  | { readonly kind: 'person'; readonly person: PersonRow; readonly link: boolean }
  | { readonly kind: 'add'; readonly role: Role }
  | { readonly kind: 'refuse'; readonly reason: Refusal };

/**
 * Decides who signs in. A linked subject wins over the email (the email may change at the
 * provider); an unlinked one matches a person by email, unless that person is linked to
 * another subject of the same provider, which would let a second account take theirs over.
 * The role is always the organization's own, never the provider's.
 */
export function decide(identity: Identity, known: Known): Decision {
  const refuse = (reason: Refusal): Decision => ({ kind: 'refuse', reason });
  if (known.linked) return known.linked.archived_at ? refuse('archived') : { kind: 'person', person: known.linked, link: false };
  const person = known.byEmail;
  if (person) {
    if (person.archived_at) return refuse('archived');
    if (known.byEmailSubject !== undefined && known.byEmailSubject !== identity.subject) return refuse('subject-mismatch');
    return { kind: 'person', person, link: true };
  }
  return known.unknownUserRole ? { kind: 'add', role: known.unknownUserRole } : refuse('no-such-person');
}
