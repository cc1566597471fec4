/**
 * Interacting with a client's own content from a personal account is contact with the client, as
 * friending or messaging is: A-601 ("contact with clients is not recommended"), STaSS 5.4.1, IWSO
 * 6.10, the CISSS fiche ("la prudence est de mise"), and CHC correspondence kept to internal channels.
 */
import { describe, expect, it } from 'vitest';
import { screen } from '../engine/screen.js';

const roster = [
  { id: 'c1', name: 'Jordan Pilon', kind: 'client' },
  { id: 'f1', name: 'Lise Pilon', kind: 'client-family' },
  { id: 'p1', name: 'Sam Friend', kind: 'public' },
  { id: 's1', name: 'Alex Staff', kind: 'staff' },
];
const act = (pack: string, action: string, target: string, extra: Record<string, unknown> = {}) => {
  const result = screen(pack, { action, channel: 'personal', target: { rosterId: target }, author: { id: 's1', role: 'staff' }, ...extra }, { roster });
  return `${result.verdict}:${result.categories.join('+')}`;
};

describe('client contact through a client\'s own content', () => {
  it('reads liking, commenting on or replying to a client\'s post as contact, at each pack\'s severity', () => {
    expect(act('valoris', 'like', 'c1', { targetText: 'Finally got my licence!!' })).toBe('warn:client-contact');
    expect(act('stass', 'comment', 'f1', { text: 'Lovely pic!', targetText: 'Beach day' })).toBe('block:client-contact');
    expect(act('iwso', 'reply', 'c1', { text: 'Congrats!!', targetText: 'New job!' })).toBe('block:client-contact');
    expect(act('cisss-gaspesie', 'like', 'c1', { targetText: 'Ma nouvelle maison!' })).toBe('warn:client-contact');
  });

  it('reads a CHC member messaging or following a patient from a personal account as contact', () => {
    expect(act('chc-wales', 'message', 'c1', { text: 'Hi, can you send me the dates of your stay?' })).toBe('block:client-contact');
    expect(act('chc-wales', 'follow', 'c1')).toBe('block:client-contact');
  });

  it('leaves interactions with anyone else alone', () => {
    expect(act('valoris', 'like', 'p1', { targetText: 'Finally got my licence!!' })).toBe('allow:');
    expect(act('chc-wales', 'message', 's1', { text: 'See you Thursday' })).toBe('allow:');
  });
});
