import { z } from 'zod';
import { APPROVAL_KINDS, CONSENT_SCOPES, ROLES, ROSTER_KINDS, SIGNERS } from './enums.js';

const id = z.string().min(1).max(200);
const name = z.string().min(1).max(500);
/** A calendar date or a full timestamp. */
const when = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

export const rosterEntrySchema = z.strictObject({
  id,
  name,
  aliases: z.array(name).max(50).optional(),
  kind: z.enum(ROSTER_KINDS),
  minorUnderYouthProtection: z.boolean().optional(),
  dateOfBirth: z.iso.date().optional(),
  handles: z.array(name).max(50).optional(),
});

export const consentSchema = z.strictObject({
  subject: id,
  scope: z.enum(CONSENT_SCOPES),
  signedBy: z.enum(SIGNERS).optional(),
  written: z.boolean().optional(),
  informedOfRisks: z.boolean().optional(),
  validUntil: when.optional(),
  revoked: z.boolean().optional(),
});

export const approvalSchema = z.strictObject({
  kind: z.enum(APPROVAL_KINDS),
  grantedByRole: z.enum(ROLES),
  subject: id.optional(),
  personId: id.optional(),
  accountId: id.optional(),
  validUntil: when.optional(),
  revoked: z.boolean().optional(),
});

export const accountSchema = z.strictObject({
  id,
  platform: z.string().max(100).optional(),
  holder: z.string().max(200).optional(),
  postingAllowed: z.boolean().optional(),
  purpose: z.string().max(200).optional(),
  authorized: z.boolean().optional(),
});

export const grantSchema = z.strictObject({
  accountId: id,
  personId: id,
  from: when.optional(),
  until: when.optional(),
  approvedByRole: z.enum(ROLES).optional(),
});

export const courtAuthorizationSchema = z.strictObject({
  subject: id,
  scope: z.string().max(200).optional(),
  validUntil: when.optional(),
});

export const recentPostSchema = z.strictObject({
  text: z.string().max(2_000_000),
  at: z.iso.datetime({ offset: true }).optional(),
  authorId: id.optional(),
});

export const contextSchema = z.strictObject({
  now: z.iso.datetime({ offset: true }).optional(),
  organization: z.strictObject({
    name: name.optional(),
    aliases: z.array(name).max(100).optional(),
    emailDomains: z.array(z.string().min(1).max(253)).max(100).optional(),
  }).optional(),
  roster: z.array(rosterEntrySchema).max(1_000_000).optional(),
  consents: z.array(consentSchema).max(1_000_000).optional(),
  approvals: z.array(approvalSchema).max(1_000_000).optional(),
  accounts: z.array(accountSchema).max(100_000).optional(),
  grants: z.array(grantSchema).max(1_000_000).optional(),
  courtAuthorizations: z.array(courtAuthorizationSchema).max(1_000_000).optional(),
  recentPosts: z.array(recentPostSchema).max(10_000).optional(),
});

export type Context = z.infer<typeof contextSchema>;
export type RosterEntry = z.infer<typeof rosterEntrySchema>;
export type Consent = z.infer<typeof consentSchema>;
export type Approval = z.infer<typeof approvalSchema>;
export type Account = z.infer<typeof accountSchema>;
export type Grant = z.infer<typeof grantSchema>;
export type CourtAuthorization = z.infer<typeof courtAuthorizationSchema>;
