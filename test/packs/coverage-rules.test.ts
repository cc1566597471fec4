import { describe, expect, it } from 'vitest';
import { screen } from '../engine/screen.js';

/** The rules added when the coverage check found policy sentences that screening can enforce. */
const staff = (extra: Record<string, unknown> = {}) => ({ id: 's1', role: 'staff', identifiesAffiliation: false, ...extra });
const rulesOf = (result: { findings: ReadonlyArray<{ rule: string }> }) => result.findings.map((f) => f.rule.split('/')[1]);

describe('rules that close coverage gaps', () => {
  it('cisss-gaspesie: liking a message that harms the CISSS quotes the "approuver" clause, commenting the "commentaire" one', () => {
    const text = 'Le CISSS de la Gaspésie est une vraie honte, une gang d\'incompétents.';
    const liked = screen('cisss-gaspesie', { action: 'like', channel: 'personal', targetText: text, author: staff() });
    expect(liked.verdict).toBe('block');
    expect(rulesOf(liked)).toContain('approbation-atteinte-reputation');
    expect(rulesOf(liked)).not.toContain('commentaire-desobligeant');
    const commented = screen('cisss-gaspesie', { action: 'comment', channel: 'personal', text, author: staff() });
    expect(rulesOf(commented)).toContain('commentaire-desobligeant');
    expect(rulesOf(commented)).not.toContain('approbation-atteinte-reputation');
  });

  it('iwso: an anonymous personal post about IWSO is a warning; the same post under one\'s name is not', () => {
    const text = 'Heard IWSO is changing its Cumberland St hours again.';
    const anonymous = screen('iwso', { action: 'post', channel: 'personal', text, author: staff({ anonymous: true }) });
    expect(anonymous.verdict).toBe('warn');
    expect(rulesOf(anonymous)).toContain('no-anonymity-about-iwso');
    expect(rulesOf(screen('iwso', { action: 'post', channel: 'personal', text, author: staff() }))).not.toContain('no-anonymity-about-iwso');
  });

  it('iwso: an official post supporting a cause against IWSO\'s values is blocked', () => {
    const result = screen('iwso', { action: 'share', channel: 'official', text: 'Say no to the new refugee shelter on our street!', author: { id: 's1', role: 'communications-delegate' } });
    expect(result.verdict).toBe('block');
    expect(rulesOf(result)).toContain('official-content-reflects-values');
  });

  it('chc-wales: someone\'s address sent by social media message is blocked', () => {
    const result = screen('chc-wales', { action: 'message', channel: 'personal', text: 'Can you visit Mrs Hughes? Her address is 12 Heol y Bont, Aberystwyth SY23 1AA', author: staff() });
    expect(result.verdict).toBe('block');
    expect(rulesOf(result)).toContain('no-sensitive-information-by-message');
  });

  it('chc-wales: a photo taken during CHC duties needs approval before it goes on a personal account', () => {
    const activity = { action: 'post', channel: 'personal', text: 'Busy day at the hospital visit!', author: staff(), media: [{ type: 'photo', takenAtWork: true, people: [] }] };
    const result = screen('chc-wales', activity);
    expect(result).toMatchObject({ verdict: 'needs_approval', categories: ['third-party-media'] });
    const approved = screen('chc-wales', activity, { approvals: [{ kind: 'workplace-photo', grantedByRole: 'chief-officer', subject: 's1', validUntil: '2026-12-31' }] });
    expect(rulesOf(approved)).not.toContain('material-from-chc-duties');
  });
});
