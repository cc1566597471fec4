/**
 * STaSS 5.3 "Comment on work related issues": answering a post about work is commenting on it
 * (LABELING: a reply raises what its target raises), while a reply under a post about anything
 * else is not, whatever job its author has.
 */
import { describe, expect, it } from 'vitest';
import { screen } from '../screen.js';

const reply = (text: string, targetText: string, action = 'comment') =>
  screen('stass', { action, channel: 'personal', text, targetText, author: { id: 's1', role: 'staff', identifiesAffiliation: false } }).categories;

describe('replies to a post about work (STaSS 5.3)', () => {
  it('counts an answer under a post about the rota, a new role or a shift as a comment on work', () => {
    expect(reply('what did u expect, they never plan ahead', "anyone else's rota for Xmas week a total mess? 😩")).toContain('work-related-comment');
    expect(reply('well deserved x', 'Thank you all for the lovely messages about my new role 💐', 'reply')).toContain('work-related-comment');
  });

  it('leaves replies under posts about anything else alone', () => {
    expect(reply('congrats hun!! so happy for u 🥂💕', 'We got the keys!!! 🏡🔑')).toEqual([]);
    expect(reply('Happy birthday gorgeous!! save me a slice 🎂', 'Thanks for all the birthday wishes everyone')).toEqual([]);
    expect(reply('SMASHED IT Sharon!!! 💪 so proud of u', 'Finished my first marathon today!!')).toEqual([]);
  });
});
