/** The closed vocabularies of the screening contract (`shared/spec/screening-contract.md`). */

export const ACTIONS = [
  'post', 'comment', 'reply', 'share', 'like', 'message', 'friend_request', 'friend_accept',
  'follow', 'profile_update', 'account_create', 'media_upload', 'search',
] as const;
export type Action = (typeof ACTIONS)[number];

export const CHANNELS = ['personal', 'official'] as const;
export type Channel = (typeof CHANNELS)[number];

export const ROLES = [
  'staff', 'volunteer', 'student', 'contractor', 'supervisor', 'executive-director',
  'communications-delegate', 'chief-officer', 'chief-executive', 'board-member', 'spokesperson',
] as const;
export type Role = (typeof ROLES)[number];

export const ROSTER_KINDS = [
  'client', 'former-client', 'client-family', 'staff', 'volunteer', 'partner', 'public',
] as const;
export type RosterKind = (typeof ROSTER_KINDS)[number];

export const CONSENT_SCOPES = ['social-media-communication', 'photo', 'video', 'story', 'name'] as const;
export type ConsentScope = (typeof CONSENT_SCOPES)[number];

export const SIGNERS = ['self', 'substitute-decision-maker', 'parent', 'guardian'] as const;
export type Signer = (typeof SIGNERS)[number];

export const APPROVAL_KINDS = [
  'publish-client-media', 'personal-site-identifying-org', 'official-account-creation',
  'speak-for-org', 'work-time-social-media', 'third-party-paid-content', 'media-response',
  'workplace-photo',
] as const;
export type ApprovalKind = (typeof APPROVAL_KINDS)[number];

export const VERDICTS = ['allow', 'warn', 'needs_approval', 'block'] as const;
export type Verdict = (typeof VERDICTS)[number];
/** A finding's severity is one of the verdicts above `allow`. */
export type Severity = Exclude<Verdict, 'allow'>;
export const SEVERITIES = ['warn', 'needs_approval', 'block'] as const satisfies readonly Severity[];

export const CATEGORIES = [
  'client-identification', 'clinical-information', 'child-protection', 'personal-data',
  'third-party-media', 'harassment-discrimination', 'obscene-content', 'disparagement',
  'confidential-information', 'endorsement', 'political', 'affiliation-disclosure',
  'client-contact', 'account-governance', 'work-related-comment', 'language-requirement',
  'location-disclosure', 'spam-repetition',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const PACK_IDS = ['valoris', 'iwso', 'stass', 'chc-wales', 'cisss-gaspesie'] as const;

export const LANGUAGES = ['en', 'fr', 'cy'] as const;
export type Language = (typeof LANGUAGES)[number];

const RANK: Record<Verdict, number> = { allow: 0, warn: 1, needs_approval: 2, block: 3 };

/** Orders verdicts: allow < warn < needs_approval < block. */
export function verdictRank(verdict: Verdict): number {
  return RANK[verdict];
}
