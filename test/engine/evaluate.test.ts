import { describe, expect, it } from 'vitest';
import { screen } from './screen.js';

const staff = (extra: Record<string, unknown> = {}) => ({ id: 's1', role: 'staff', identifiesAffiliation: false, ...extra });

describe('evaluate: client identification and clinical references', () => {
  const roster = [{ id: 'c1', name: 'Olivier Bouchard', aliases: ['Oli'], kind: 'client' }, { id: 's1', name: 'Marie Roy', kind: 'staff' }];

  it('blocks a client named in a personal post, quoting the clause and marking the name', () => {
    const text = 'So proud of Olivier Bouchard today, he finally passed his driving test!';
    const result = screen('valoris', { action: 'post', channel: 'personal', text, author: staff() }, { roster });
    expect(result.verdict).toBe('block');
    const finding = result.findings.find((f) => f.category === 'client-identification')!;
    expect(text.slice(finding.span![0], finding.span![1])).toBe('Olivier Bouchard');
    expect(finding.clause.section).toBe('1. General');
    expect(finding.clause.text).toContain('shall not post photos or the names of clients');
    expect(finding.remedy.length).toBeGreaterThan(10);
  });

  it('blocks a clinical reference to an unnamed client, and allows the author speaking of her own health', () => {
    expect(screen('valoris', { action: 'post', channel: 'personal', text: 'One of my clients overdosed last night. Scary.', author: staff() }).categories)
      .toEqual(['clinical-information']);
    expect(screen('valoris', { action: 'post', channel: 'personal', text: 'Back from my knee surgery, physio starts Monday!', author: staff() }).verdict).toBe('allow');
  });

  it('identifies a client by combination of clues without a name', () => {
    const result = screen('stass', { action: 'post', channel: 'personal', text: 'The lady I support, 87 and widowed, from Crosby, cried today.', author: staff() });
    expect(result.categories).toContain('client-identification');
  });

  it('reads styled letters (bold, fullwidth) as plain ones, and marks the name in the text as written', () => {
    const bold = (plain: string) => [...plain].map((c) => /[a-z]/.test(c) ? String.fromCodePoint(0x1d5ee + c.charCodeAt(0) - 97) : /[A-Z]/.test(c) ? String.fromCodePoint(0x1d5d4 + c.charCodeAt(0) - 65) : c).join('');
    const text = `✨ ${bold('So proud of Olivier Bouchard')} today!`;
    const result = screen('valoris', { action: 'post', channel: 'personal', text, author: staff() }, { roster });
    expect(result.verdict).toBe('block');
    const finding = result.findings.find((f) => f.category === 'client-identification')!;
    expect(text.slice(finding.span![0], finding.span![1])).toBe(bold('Olivier Bouchard'));
    expect(screen('valoris', { action: 'post', channel: 'personal', text: 'Ｏｎｅ ｏｆ ｍｙ ｃｌｉｅｎｔｓ overdosed last night.', author: staff() }).categories)
      .toEqual(['clinical-information']);
  });

  it('answers in French for a French activity where the pack has French', () => {
    const result = screen('valoris', { action: 'post', channel: 'personal', language: 'fr', text: "Oli a encore rechuté, mon client préféré", author: staff() }, { roster });
    expect(result.findings[0]!.message).toMatch(/client/);
    expect(result.findings[0]!.message).toMatch(/[éè]/);
  });
});

describe('evaluate: consents, approvals and grants lift findings as each pack says', () => {
  const roster = [{ id: 'c1', name: 'Nadia Haddad', kind: 'client' }];
  const delegate = { id: 'd1', role: 'communications-delegate' };
  const story = { action: 'post', channel: 'official', accountId: 'iwso-fb', text: 'Meet Nadia Haddad, who just opened her own bakery!', author: delegate };
  const consent = { subject: 'c1', scope: 'story', signedBy: 'self', written: true, validUntil: '2027-01-01', revoked: false };
  const approval = { kind: 'publish-client-media', grantedByRole: 'executive-director', subject: 'c1', validUntil: '2027-01-01' };

  it('IWSO: no consent blocks, consent alone needs the Executive Director, both allow', () => {
    expect(screen('iwso', story, { roster }).verdict).toBe('block');
    const pending = screen('iwso', story, { roster, consents: [consent] });
    expect(pending.verdict).toBe('needs_approval');
    expect(pending.findings[0]!.approver).toBe('executive-director');
    expect(screen('iwso', story, { roster, consents: [consent], approvals: [approval] }).verdict).toBe('allow');
  });

  it('revoked and expired consents count as absent', () => {
    expect(screen('iwso', story, { roster, consents: [{ ...consent, revoked: true }], approvals: [approval] }).verdict).toBe('block');
    expect(screen('iwso', story, { roster, consents: [{ ...consent, validUntil: '2026-01-01' }], approvals: [approval] }).verdict).toBe('block');
  });

  it('Valoris agency accounts need a current grant for this employee', () => {
    const accounts = [{ id: 'fb1', platform: 'facebook', postingAllowed: false, purpose: 'clinical-support' }];
    const message = { action: 'message', channel: 'official', accountId: 'fb1', text: 'Can you call the office?', author: staff(), at: '2026-11-21T10:00:00-05:00' };
    const grant = { accountId: 'fb1', personId: 's1', from: '2026-11-20', until: '2026-11-22', approvedByRole: 'supervisor' };
    expect(screen('valoris', message, { accounts }).verdict).toBe('needs_approval');
    expect(screen('valoris', message, { accounts, grants: [grant] }).verdict).toBe('allow');
    expect(screen('valoris', message, { accounts, grants: [{ ...grant, personId: 's9' }] }).verdict).toBe('needs_approval');
    expect(screen('valoris', { ...message, action: 'post' }, { accounts, grants: [grant] }).categories).toEqual(['account-governance']);
  });

  it('CISSS: a parent\'s consent cannot lift youth protection, a court authorization can', () => {
    const yp = [{ id: 'c1', name: 'Rosalie Gauthier', kind: 'client', minorUnderYouthProtection: true }];
    const post = { action: 'post', channel: 'personal', language: 'fr', text: 'Rosalie a gagné son tournoi!', author: staff() };
    const parent = { subject: 'c1', scope: 'name', signedBy: 'parent', written: true, validUntil: '2027-01-01' };
    expect(screen('cisss-gaspesie', post, { roster: yp, consents: [parent] }).categories).toEqual(['child-protection']);
    expect(screen('cisss-gaspesie', post, { roster: yp, courtAuthorizations: [{ subject: 'c1', scope: 'identify-child' }] }).verdict).toBe('allow');
  });
});

describe('evaluate: conduct', () => {
  it('flags a like of content that mocks a colleague, as posting it would', () => {
    const roster = [{ id: 's2', name: 'Brenda Price', aliases: ['Brenda'], kind: 'staff' }];
    const result = screen('stass', { action: 'like', channel: 'personal', targetText: 'Brenda thinks she\'s a model now 🤡 someone tell her', author: staff() }, { roster });
    expect(result.categories).toEqual(['disparagement', 'harassment-discrimination']);
  });

  it('reads partisan opinion on an official account as political, and a neutral news share as nothing', () => {
    expect(screen('chc-wales', { action: 'post', channel: 'official', text: 'Vote them out! Plaid Cymru betrayed patients. Pleidleisiwch dros newid heddiw yn yr etholiad!', author: { id: 'x', role: 'communications-delegate' } }).categories).toContain('political');
    expect(screen('valoris', { action: 'share', channel: 'personal', text: 'fyi', targetText: 'Province announces new budget for schools', author: staff() }).verdict).toBe('allow');
  });

  it('requires Welsh alongside English on CHC channels, not a lone Welsh greeting', () => {
    const author = { id: 'x', role: 'communications-delegate' };
    expect(screen('chc-wales', { action: 'post', channel: 'official', text: 'Our offices are closed on Monday. Diolch!', author }).categories).toEqual(['language-requirement']);
    expect(screen('chc-wales', { action: 'post', channel: 'official', text: 'Mae ein swyddfeydd ar gau ddydd Llun. Diolch am eich amynedd. Our offices are closed on Monday. Thank you for your patience.', author }).verdict).toBe('allow');
  });

  it('blocks promo codes on IWSO and warns on "we" voice by identified staff', () => {
    const promo = 'These vitamins are amazing, use code GLOW20 for 20% off';
    expect(screen('iwso', { action: 'post', channel: 'personal', text: promo, author: { id: 's1', role: 'staff' } }).categories).toEqual(['endorsement']);
    // 6.4 reaches personal media where the IWSO link is known or presumed, not where the author has none.
    expect(screen('iwso', { action: 'post', channel: 'personal', text: promo, author: staff() }).categories).toEqual([]);
    expect(screen('iwso', { action: 'post', channel: 'personal', text: 'We had so many clients at our workshop today!', author: staff({ identifiesAffiliation: true, profileText: 'Counsellor at IWSO, views my own' }) }).categories).toEqual(['affiliation-disclosure']);
  });
});

describe('evaluate: robustness', () => {
  it.each([
    ['empty', ''],
    ['emoji and astral', '👩🏽‍⚕️🏳️‍🌈𝒳'.repeat(1000)],
    ['control characters', '\u0000\u0001\u202e\ufeff'.repeat(100)],
    ['a 1 MB post', 'lorem ipsum dolor 613-555-0143 '.repeat(35_000)],
  ])('never throws on %s text', (_name, text) => {
    const result = screen('chc-wales', { action: 'post', channel: 'official', text, author: { id: 'x', role: 'staff' } });
    expect(['allow', 'warn', 'needs_approval', 'block']).toContain(result.verdict);
  });

  it('is deterministic', () => {
    const activity = { action: 'post', channel: 'personal', text: 'My client relapsed, management is a joke 🙄', author: staff() };
    expect(screen('stass', activity)).toEqual(screen('stass', activity));
  });
});
