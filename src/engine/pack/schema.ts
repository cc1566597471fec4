import { z } from 'zod';
import { ACTIONS, APPROVAL_KINDS, CATEGORIES, CHANNELS, CONSENT_SCOPES, LANGUAGES, ROLES, SEVERITIES, SIGNERS } from '../contract/enums.js';

/** Text in each of the pack's languages: `{ en: "…", fr: "…" }`. */
const localized = z.partialRecord(z.enum(LANGUAGES), z.string().min(1)).refine((v) => Object.keys(v).length > 0, 'needs at least one language');

export const clauseSchema = z.strictObject({
  section: z.string().min(1),
  text: z.string().min(1),
});

/** When a rule applies; every listed condition must hold. */
export const whenSchema = z.strictObject({
  actions: z.array(z.enum(ACTIONS)).min(1).optional(),
  channels: z.array(z.enum(CHANNELS)).min(1).optional(),
  roles: z.array(z.enum(ROLES)).min(1).optional(),
  exceptRoles: z.array(z.enum(ROLES)).min(1).optional(),
  platforms: z.array(z.string()).min(1).optional(),
  exceptPlatforms: z.array(z.string()).min(1).optional(),
  /** The author is known to work for the organization (profile, affiliation flag, org e-mail). */
  authorIdentified: z.boolean().optional(),
  /**
   * The author says nothing links them to the organization (`identifiesAffiliation: false`): for a
   * clause that reaches personal media only where the link is known. An unknown author is not.
   */
  authorUnaffiliated: z.boolean().optional(),
  authorAnonymous: z.boolean().optional(),
  account: z.strictObject({
    registered: z.boolean().optional(),
    postingAllowed: z.boolean().optional(),
    purposes: z.array(z.string()).min(1).optional(),
  }).optional(),
});

export const detectorUseSchema = z.strictObject({
  detector: z.string().min(1),
  params: z.record(z.string(), z.unknown()).optional(),
});

/** What lifts a finding: each requirement, in order, must be on file (valid, unexpired, unrevoked). */
export const requirementSchema = z.union([
  z.strictObject({
    consent: z.strictObject({
      scopes: z.array(z.enum(CONSENT_SCOPES)).min(1),
      written: z.boolean().optional(),
      informedOfRisks: z.boolean().optional(),
      signedBy: z.array(z.enum(SIGNERS)).min(1).optional(),
      /** Every person the finding is about needs it (default), or the finding concerns the author's own data. */
    }),
  }),
  z.strictObject({
    approval: z.strictObject({
      kind: z.enum(APPROVAL_KINDS),
      roles: z.array(z.enum(ROLES)).min(1),
      /** Whose approval it is: the person the finding is about, or the author. */
      about: z.enum(['subject', 'author', 'any']).default('any'),
    }),
  }),
  z.strictObject({ courtAuthorization: z.strictObject({ scope: z.string().optional() }) }),
  z.strictObject({ accountGrant: z.strictObject({ roles: z.array(z.enum(ROLES)).min(1).optional() }) }),
]);

export const ruleSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case words joined by hyphens'),
  category: z.enum(CATEGORIES),
  severity: z.enum(SEVERITIES),
  when: whenSchema.default({}),
  /** The rule does not apply where all of these hold (e.g. a communications delegate on an official site). */
  except: whenSchema.optional(),
  /** Any of these detectors firing raises the rule. */
  detect: z.array(detectorUseSchema).min(1),
  /** Detectors that, when they fire, cancel the rule (e.g. a disclaimer). */
  unless: z.array(detectorUseSchema).optional(),
  requires: z.array(requirementSchema).optional(),
  approver: z.enum(ROLES).nullable().default(null),
  clause: clauseSchema,
  message: localized,
  remedy: localized,
});

export const handledElsewhereSchema = z.strictObject({
  clause: clauseSchema,
  by: z.enum(['incident-workflow', 'approval-workflow', 'consent-workflow', 'access-grants', 'acknowledgement',
    'training', 'policy-review', 'exchange-log', 'password-policy', 'monitoring', 'account-registry', 'discipline', 'guidance']),
  note: z.string().min(1),
});

/** A sentence that reads as prescriptive but binds no one the pack screens or a workflow tracks: why not. */
export const notPrescriptiveSchema = z.strictObject({
  clause: clauseSchema,
  kind: z.enum(['informational', 'not-for-staff']),
  reason: z.string().min(1),
});

export const packSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  version: z.string().min(1),
  extends: z.string().optional(),
  name: z.string().min(1),
  policy: z.strictObject({ title: z.string(), source: z.string(), effective: z.string().optional() }),
  language: z.enum(LANGUAGES),
  languages: z.array(z.enum(LANGUAGES)).min(1),
  organization: z.strictObject({
    names: z.array(z.string().min(1)).min(1),
    emailDomains: z.array(z.string().min(1)).default([]),
  }),
  roles: z.record(z.string(), z.string()).optional(),
  rules: z.array(ruleSchema).default([]),
  /** Rules of the extended pack to drop, by id. */
  removeRules: z.array(z.string()).optional(),
  handledElsewhere: z.array(handledElsewhereSchema).default([]),
  notPrescriptive: z.array(notPrescriptiveSchema).default([]),
});

export type PackFile = z.input<typeof packSchema>;
export type PackData = z.output<typeof packSchema>;
export type RuleData = z.output<typeof ruleSchema>;
export type WhenData = z.output<typeof whenSchema>;
export type Requirement = z.output<typeof requirementSchema>;
export type LocalizedText = z.output<typeof localized>;
