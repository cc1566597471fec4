/**
 * Valoris's clinical-support Facebook accounts (A-601 §2) serve interventions with clients: writing
 * to someone from one's personal life through them is personal use, and following someone is
 * monitoring (client contact), not personal use.
 */
import { describe, expect, it } from 'vitest';
import { screen } from '../engine/screen.js';

const context = {
  roster: [
    { id: 'c1', name: 'Jordan Pilon', kind: 'client' },
    { id: 'p1', name: 'Sam Friend', kind: 'public' },
    { id: 's1', name: 'Alex Staff', kind: 'staff' },
  ],
  accounts: [{ id: 'fb-1', platform: 'facebook', holder: 'communications', postingAllowed: false, purpose: 'clinical-support' }],
  grants: [{ accountId: 'fb-1', personId: 's1', from: '2026-11-20', until: '2026-11-28', approvedByRole: 'supervisor' }],
};
const fromAgencyAccount = (action: string, target: string, text?: string) => {
  const result = screen('valoris', { action, channel: 'official', accountId: 'fb-1', target: { rosterId: target }, author: { id: 's1', role: 'staff' }, ...(text ? { text } : {}) }, context);
  return `${result.verdict}:${result.categories.join('+')}`;
};

describe('Valoris clinical-support accounts', () => {
  it('blocks a message to a member of the public or a friend\'s evening planned on them', () => {
    expect(fromAgencyAccount('message', 'p1', 'salut! on se voit samedi?')).toBe('block:account-governance');
    expect(fromAgencyAccount('message', 'c1', "tu viens toujours au souper de filles samedi? j'apporte le vin")).toBe('block:account-governance');
  });

  it('lets a worker with a grant write to a client about their appointment', () => {
    expect(fromAgencyAccount('message', 'c1', 'Bonjour, votre rendez-vous est confirmé pour jeudi.')).toBe('allow:');
  });
});
