import type { ApprovalKind, Role } from '../engine/contract/enums.js';
import type { OrgRef } from './shared/actor.js';
import type {
  ApproverRule, ClauseRef, Deadline, IncidentKind, IncidentOutcomeKind, PackPractice,
} from './pack-practice.types.js';

/**
 * The workflow settings of every built-in pack, in one table: who approves what, who handles
 * incidents and how fast, training, review and password rules. Each setting cites its clause;
 * `section: null` marks a Postwise default where the pack is silent, so reviewers can tell
 * policy from product choice.
 */

const clause = (section: string, text: string): ClauseRef => ({ section, text });
const postwiseDefault = (text: string): ClauseRef => ({ section: null, text });

/** "Immediately" is flagged overdue within hours, not days. */
const IMMEDIATE_HOURS = 2;
/** "Promptly" — the same working day. */
const PROMPT_HOURS = 24;
/** Where the pack sets no deadline: three days, so nothing waits unseen over a weekend. */
const DEFAULT_HOURS = 72;

const immediately = (c: ClauseRef): Deadline => ({ hours: IMMEDIATE_HOURS, wording: 'immediately', clause: c });
const promptly = (c: ClauseRef): Deadline => ({ hours: PROMPT_HOURS, wording: 'promptly', clause: c });
const standard: Deadline = {
  hours: DEFAULT_HOURS, wording: 'none', clause: postwiseDefault('The pack sets no deadline; triage within three days.'),
};

const rule = (role: Role, c: ClauseRef, extra: Partial<ApproverRule> = {}): ApproverRule => ({ role, clause: c, ...extra });

/** Every approval kind decided by one role. */
function allKinds(r: ApproverRule, overrides: Partial<Record<ApprovalKind, ApproverRule>> = {}): Record<ApprovalKind, ApproverRule> {
  return {
    'publish-client-media': r, 'personal-site-identifying-org': r, 'official-account-creation': r,
    'speak-for-org': r, 'work-time-social-media': r, 'third-party-paid-content': r,
    'media-response': r, 'workplace-photo': r, ...overrides,
  };
}

/** Every incident kind handled by the same roles. */
function handlers(roles: readonly Role[], c: ClauseRef): PackPractice['incidentHandlers'] {
  const h = { roles, clause: c };
  return { 'policy-breach': h, 'serious-occurrence': h, 'security-incident': h, harassment: h, 'removal-request': h };
}

const deadlines = (overrides: Partial<Record<IncidentKind, Deadline>>): Record<IncidentKind, Deadline> => ({
  'policy-breach': standard, 'serious-occurrence': standard, 'security-incident': standard,
  harassment: standard, 'removal-request': standard, ...overrides,
});

const COMMON_OUTCOMES: readonly IncidentOutcomeKind[] = ['no-action', 'removal-requested', 'disciplinary-referral', 'legal-referral'];
const ACK_WITHIN_DAYS = 30;
const PENDING_APPROVAL_DAYS = 30;
const noWrittenRule = postwiseDefault('The pack does not say the consent must be written; Postwise records whether it was.');
const exchangeDefault = postwiseDefault('Applied to every pack: a client exchange on social media needs the client\'s consent and being informed of the risks.');

const V_FACEBOOK = clause('2. Valoris Facebook', 'Their use must be approved ahead of time by the immediate supervisor, and must be in response to an immediate and temporary need.');
const V_GENERAL = clause('1. General', 'Persons working on behalf of Valoris shall not post photos or the names of clients on social media');
const V_BREACH = clause('1. General', 'A person working on behalf of Valoris who is aware of a breach of this policy shall report it to a supervisor.');
const V_SERIOUS = clause('1. General', 'An incident that could appear on social media or is posted on social media must be reported as a serious occurrence (see policy S-108 Reporting Serious Occurrences to the Ministry).');
const V_PROMPT = clause('1. General', 'Any unusual and non-compliant use of an account shall be promptly reported a supervisor.');

const valoris: PackPractice = {
  packId: 'valoris',
  approvers: allKinds(rule('executive-director', V_GENERAL), {
    'work-time-social-media': rule('supervisor', V_FACEBOOK, { immediateSupervisor: true }),
  }),
  accountAccess: { ...rule('supervisor', V_FACEBOOK, { immediateSupervisor: true }), maxDays: 30 },
  accountRegistrars: { roles: ['communications-delegate', 'executive-director'], clause: clause('2. Valoris Facebook', 'Facebook accounts fall under the responsibility of the Communications Department, which is the only holder.') },
  unauthorizedAccountReviewer: { role: 'supervisor', clause: V_PROMPT },
  incidentHandlers: handlers(['supervisor', 'executive-director'], V_BREACH),
  incidentDeadlines: deadlines({
    'policy-breach': promptly(V_BREACH), 'serious-occurrence': immediately(V_SERIOUS), 'security-incident': promptly(V_PROMPT),
  }),
  outcomes: [...COMMON_OUTCOMES, 'ministry-report'],
  removalDeadline: promptly(postwiseDefault('The pack sets no removal deadline; content comes down the same day.')),
  ministryReportDeadline: immediately(V_SERIOUS),
  consentMustBeWritten: { value: false, clause: noWrittenRule },
  clientExchangeConsent: { value: true, clause: clause('1. General', 'A client must agree to the use of social media as the means of communication, and have been informed about the associated risks') },
  acknowledgement: { clause: postwiseDefault('Everyone signs each version of the policy.'), withinDays: ACK_WITHIN_DAYS },
  pendingApprovalDays: PENDING_APPROVAL_DAYS,
};

const I_ED = (section: string, text: string): ApproverRule => rule('executive-director', clause(section, text));
const I_REMOVE = clause('7.1', 'Offensive, improper or inaccurate material inadvertently posted on the website or Facebook/other social medial will be removed immediately.');
const I_DISCIPLINE = clause('2. Policy statement', 'Non-compliance with this policy will be subject to appropriate disciplinary action up to and including dismissal from employment.');

const iwso: PackPractice = {
  packId: 'iwso',
  approvers: {
    'publish-client-media': I_ED('6.9.3', 'Communications delegate (s) may post client photos and/or stories using official IWSO media sites and platforms if the client, or Substitute Decision Maker for the client has signed a consent form and the ED approves the publication.'),
    'personal-site-identifying-org': I_ED('6.7.6', 'Staff members who have (or want to have) personal blog (or social media page), which indicates that they work at IWSO, will request permission from the Executive Director.'),
    'official-account-creation': I_ED('6.11.3', 'The Executive Director shall approve the communications delegate (s) and official spokespeople for IWSO who may comment on behalf of the organization.'),
    'speak-for-org': I_ED('6.11.3', 'The Executive Director shall approve the communications delegate (s) and official spokespeople for IWSO who may comment on behalf of the organization.'),
    'work-time-social-media': I_ED('2. Policy statement', 'Internet usage is intended for business purposes accept in pre-approved cases by the Executive Director.'),
    'third-party-paid-content': I_ED('6.7.7', 'If a staff member is offered payment to produce a blog (or social media page) for a third party, this could constitute a conflict of interest and must be discussed with the IWSO Executive Director.'),
    'media-response': I_ED('6.7.8', 'When a staff member is contacted by the media about posts on their blog that relate to IWSO they must, as with all media request, advise the Executive Director to receive approval and guidance before responding.'),
    'workplace-photo': I_ED('6.9.3', 'Staff are prohibited from posting any client or staff images.'),
  },
  accountAccess: rule('executive-director', clause('6.11.3', 'The Executive Director shall approve the communications delegate (s) and official spokespeople for IWSO')),
  accountRegistrars: { roles: ['communications-delegate'], clause: clause('6.11.1', 'Only the IWSO Communications delegate (s) is permitted to create official internet or social media sites that include IWSO as an identifier') },
  unauthorizedAccountReviewer: { role: 'communications-delegate', clause: clause('6.11.1', 'Sites or pages existing without prior authorization as required above will be subject to review when discovered and may be amended or removed.') },
  incidentHandlers: handlers(['executive-director'], I_DISCIPLINE),
  incidentDeadlines: deadlines({ 'removal-request': immediately(I_REMOVE), 'security-incident': promptly(clause('8. Security', 'A user must contact the IT administrator to obtain a password reset if they have reason to believe that any unauthorized person has learned their password.')) }),
  outcomes: COMMON_OUTCOMES,
  removalDeadline: immediately(I_REMOVE),
  consentMustBeWritten: { value: true, clause: clause('6.9.3', 'if the client, or Substitute Decision Maker for the client has signed a consent form') },
  clientExchangeConsent: { value: true, clause: exchangeDefault },
  acknowledgement: { clause: clause('9. Authorized usage', 'Prior to being issued a unique User ID, users shall agree in writing to upload the Social Media Guidelines appended to this policy'), withinDays: ACK_WITHIN_DAYS },
  password: {
    minLength: 8, requireLetters: true, requireDigits: true, maxAgeMonths: 6,
    clause: clause('8.1–8.2', 'All passwords should be a minimum 8 characters consisting of alpha and numeric characters. Users shall change their passwords every six months.'),
  },
  pendingApprovalDays: PENDING_APPROVAL_DAYS,
};

const S_LINE = clause('5.2 Use at Work', 'This will clearly be authorised by their line manager');
const S_DIRECTOR = clause('4.1 Executive Director', 'To react in an appropriate manner when informed of instances where behaviour is not in accordance with the procedure that is set out herein.');
const S_BREACH = clause('5.5 Breaches of the Policy', 'If a user is concerned about another employee\'s, student or a volunteer\'s behaviour online then they should report this to their line manager along with any supporting evidence of their claim');
const S_REMOVE = clause('5.4.2 Work Colleagues', 'Any item that a colleague has asked to be removed that includes them should be removed immediately.');

const stass: PackPractice = {
  packId: 'stass',
  approvers: allKinds(rule('executive-director', S_DIRECTOR), {
    'work-time-social-media': rule('supervisor', S_LINE),
    'workplace-photo': rule('supervisor', clause('5.1 Summary of Principles', 'UNLESS in situations where the user have been given the permission to do so for the benefit of STaSS')),
  }),
  accountAccess: rule('supervisor', S_LINE),
  accountRegistrars: { roles: ['executive-director', 'communications-delegate'], clause: S_DIRECTOR },
  unauthorizedAccountReviewer: { role: 'executive-director', clause: S_DIRECTOR },
  incidentHandlers: handlers(['supervisor', 'executive-director'], S_BREACH),
  incidentDeadlines: deadlines({ 'removal-request': immediately(S_REMOVE) }),
  outcomes: COMMON_OUTCOMES,
  removalDeadline: immediately(S_REMOVE),
  consentMustBeWritten: { value: false, clause: noWrittenRule },
  clientExchangeConsent: { value: true, clause: exchangeDefault },
  acknowledgement: { clause: clause('Signature', 'This policy was explained to me and I have also read and understood its content.'), withinDays: ACK_WITHIN_DAYS },
  review: { intervalMonths: 12, clause: clause('Policy Review', 'The Director and Board of Trustees are responsible for reviewing this policy annually') },
  pendingApprovalDays: PENDING_APPROVAL_DAYS,
};

const W_OFFICER = clause('Business use of social media', 'Before participating, approval should be sought from your Chief Officer');
const W_BOARD = { 'board-member': 'chief-executive' } as const satisfies Partial<Record<Role, Role>>;
const W_REPORT = clause('Monitoring and compliance', 'staff, members and contractors are encouraged to report any contravention of this policy that they become aware of to their Chief Officer (or Chief Executive where appropriate).');
const W_SECURITY = clause('Appendix A', 'If you are subject to a social engineering, hacking, virus intrusion or blagging incident in a work capacity and on a work social media channel you must report this immediately to your Chief Officer and to the CHC Board.');
const W_OFFICERS: readonly Role[] = ['chief-officer', 'chief-executive'];

const chcWales: PackPractice = {
  packId: 'chc-wales',
  approvers: allKinds(rule('chief-officer', W_OFFICER, { byRequesterRole: W_BOARD }), {
    'official-account-creation': rule('chief-officer', clause('Good practice', 'do not begin or set up any CHC related social media account without first consulting with your chief officer and securing its support.'), { byRequesterRole: W_BOARD }),
    'publish-client-media': rule('chief-officer', clause('Appendix B', 'publish any material, including images that have been obtained during the performance of CHC duties, without appropriate approval'), { byRequesterRole: W_BOARD }),
  }),
  accountAccess: rule('chief-officer', clause('Business use of social media', 'only those members of staff and members having a genuine need are given access to CHC social media pages'), { byRequesterRole: W_BOARD }),
  accountRegistrars: { roles: W_OFFICERS, clause: W_OFFICER },
  unauthorizedAccountReviewer: { role: 'chief-officer', clause: clause('Good practice', 'do not begin or set up any CHC related social media account without first consulting with your chief officer') },
  incidentHandlers: {
    ...handlers([...W_OFFICERS, 'supervisor'], clause('Monitoring and compliance', 'It is the responsibility of the appropriate line manager to investigate any reported breaches by CHC staff')),
    'policy-breach': { roles: [...W_OFFICERS, 'supervisor'], clause: W_REPORT },
    'security-incident': { roles: W_OFFICERS, clause: W_SECURITY },
    harassment: { roles: [...W_OFFICERS, 'supervisor'], clause: clause('Harassment, bullying and trolling', 'staff can inform their line manager or an adviser in HR, or report the incident to the police or to the social media site.') },
  },
  incidentDeadlines: deadlines({ 'security-incident': immediately(W_SECURITY), 'policy-breach': standard }),
  outcomes: COMMON_OUTCOMES,
  removalDeadline: promptly(clause('Monitoring and compliance', 'ask for the material to be removed')),
  consentMustBeWritten: { value: true, clause: clause('Business use of social media', 'unless written consent has first been obtained from the data subject or their appointed representatives') },
  clientExchangeConsent: { value: true, clause: exchangeDefault },
  acknowledgement: { clause: clause('Good practice', 'All Board and CHC staff and members have a responsibility to be aware and to follow this policy.'), withinDays: ACK_WITHIN_DAYS },
  training: { inductionWithinDays: 90, refresherMonths: 24, clause: clause('Training', 'Training relating to this policy must take place during the induction programme for new staff and members or as part of refresher training at least every two years.') },
  review: { intervalMonths: 12, clause: clause('Review and revision arrangements', 'The Board of CHCs will review the policy at least annually') },
  pendingApprovalDays: PENDING_APPROVAL_DAYS,
};

const C_QUALITY = clause('Mesures applicables en cas de non-observance', 'serait considéré comme un écart qualité qui entraînerait l\'intervention d\'un intervenant au contrôle qualité.');
const C_WRITTEN = clause('Règles générales', 'sans avoir obtenu l\'autorisation écrite de la personne concernée ou de son représentant');

const cisss: PackPractice = {
  packId: 'cisss-gaspesie',
  approvers: allKinds(rule('supervisor', clause('Règles générales', 'Ne pas divulguer des renseignements confidentiels ou diffuser des documents concernant l\'établissement sans autorisation'))),
  accountAccess: rule('supervisor', C_QUALITY),
  accountRegistrars: { roles: ['executive-director', 'communications-delegate'], clause: postwiseDefault('The pack names no holder of official accounts.') },
  unauthorizedAccountReviewer: { role: 'supervisor', clause: C_QUALITY },
  incidentHandlers: handlers(['supervisor'], C_QUALITY),
  incidentDeadlines: deadlines({}),
  outcomes: [...COMMON_OUTCOMES, 'quality-deviation'],
  removalDeadline: promptly(postwiseDefault('The pack sets no removal deadline; content comes down the same day.')),
  consentMustBeWritten: { value: true, clause: C_WRITTEN },
  clientExchangeConsent: { value: true, clause: exchangeDefault },
  acknowledgement: { clause: postwiseDefault('Everyone signs each version of the policy.'), withinDays: ACK_WITHIN_DAYS },
  pendingApprovalDays: PENDING_APPROVAL_DAYS,
};

/** A pack of the organization's own: managers decide, nothing stricter than the shared defaults. */
const custom: PackPractice = {
  ...cisss,
  packId: 'custom',
  approvers: allKinds(rule('executive-director', postwiseDefault('Custom pack: the Executive Director decides.'))),
  accountAccess: rule('supervisor', postwiseDefault('Custom pack: the supervisor approves account access.')),
  incidentHandlers: handlers(['supervisor', 'executive-director'], postwiseDefault('Custom pack: managers handle incidents.')),
  outcomes: COMMON_OUTCOMES,
  consentMustBeWritten: { value: true, clause: postwiseDefault('Custom pack: consents must be written.') },
};

/** The built-in packs' workflow settings. */
export const PACK_PRACTICE: Readonly<Record<string, PackPractice>> = Object.freeze({
  valoris, iwso, stass, 'chc-wales': chcWales, 'cisss-gaspesie': cisss,
});

/** The settings for a pack; an organization's own pack gets the conservative defaults. */
export function practiceFor(packId: string): PackPractice {
  return PACK_PRACTICE[packId] ?? custom;
}

/** The pack whose settings an organization follows: its own pack follows the built-in one it extends. */
export function practicePackOf(org: Pick<OrgRef, 'packId' | 'practicePackId'>): string {
  return org.practicePackId ?? org.packId;
}

/** The settings an organization follows (see `practicePackOf`). */
export function practiceOf(org: Pick<OrgRef, 'packId' | 'practicePackId'>): PackPractice {
  return practiceFor(practicePackOf(org));
}
