import { describe, expect, it } from 'vitest';
import { compileRoster } from '../../../src/engine/roster/compile-roster.js';
import { found, matcher, ROSTER } from './helpers.js';
import { syntheticRoster } from './synthetic-roster.js';

describe('roster matcher: spans, odd input, large rosters', () => {
  it('gives spans into the original text, emoji and astral characters before the name', () => {
    const text = '🏳️‍🌈🎉👨‍👩‍👧 𝐇𝐢 Amélie Gagnon 💙';
    const [mention] = matcher().find(text);
    expect(mention?.span).toEqual([text.indexOf('Amélie'), text.indexOf('Amélie') + 'Amélie Gagnon'.length]);
    expect(found('🎂Jayden')).toEqual(['c1:first-name:Jayden']);
  });

  it('orders mentions by start, then strength', () => {
    const mentions = matcher().find('Amy, then Jayden Tremblay and @noah_l');
    expect(mentions.map((m) => m.how)).toEqual(['alias', 'name', 'handle']);
    expect(mentions.map((m) => m.span[0])).toEqual([...mentions.map((m) => m.span[0])].sort((a, b) => a - b));
  });

  it('never throws on empty, odd or huge input', () => {
    const roster = matcher();
    const odd = ['', ' ', '\u0000', '\ud800', '\udc00x', '@', '@@@', '....', "''''", 'J.', 'A.', '\u0301\u0301',
      '\u200d\u200d', '🎉'.repeat(1000), 'ß'.repeat(50), 'İ'.repeat(50), '\u{10FFFF}', 'x'.repeat(5000)];
    for (const text of odd) expect(() => roster.find(text)).not.toThrow();
    const huge = 'Hello Amélie Gagnon! 🎉 '.repeat(45_000); // about 1 MB
    const mentions = roster.find(huge);
    expect(mentions.length).toBe(45_000);
    expect(huge.slice(...(mentions[44_999]?.span ?? [0, 0]))).toBe('Amélie Gagnon');
  });

  it('compiles an empty roster and odd names', () => {
    expect(compileRoster([]).find('Jayden Tremblay')).toEqual([]);
    const odd = compileRoster([{ id: 'x', name: '🎉 -- !!', kind: 'public' }, { id: 'y', name: 'Cher', kind: 'public' }]);
    expect(odd.find('🎉 -- !! and Cher sang')).toEqual([{ entryId: 'y', span: [13, 17], how: 'name' }]);
  });

  it('looks up entries by id', () => {
    const roster = matcher();
    expect(roster.size).toBe(ROSTER.length);
    expect(roster.entry('c2')?.name).toBe('Amélie Gagnon');
    expect(roster.entry('nobody')).toBeUndefined();
  });

  it('finds the right person in a roster of 10,000 names', () => {
    const entries = syntheticRoster(10_000);
    const roster = compileRoster(entries);
    expect(roster.size).toBe(10_000);
    for (const index of [0, 1234, 7777, 9999]) {
      const person = entries[index];
      if (person === undefined) throw new Error('roster too short');
      const text = `Hier au parc 🎉 ${person.name} a enfin fait du vélo, bravo!`;
      const mentions = roster.find(text).filter((m) => m.how === 'name');
      expect(mentions.map((m) => m.entryId)).toContain(person.id);
      for (const mention of mentions) expect(text.slice(...mention.span)).toBe(person.name);
    }
    expect(roster.find('Nothing to see here, only the weather and a long walk by the river.')).toEqual([]);
  });
});

describe('roster matcher: hostile rosters', () => {
  it('stays fast with a name of many one-letter words against a text of the same', () => {
    const roster = compileRoster([{ id: 'x', name: Array(250).fill('a').join(' '), aliases: ['b '.repeat(200)], kind: 'public' }]);
    const text = 'a '.repeat(300_000);
    expect(Array.isArray(roster.find(text))).toBe(true);
  });
});
