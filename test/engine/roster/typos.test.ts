import { describe, expect, it } from 'vitest';
import { buildTypoIndex, withinOneEdit } from '../../../src/engine/roster/typo-index.js';
import { found, matcher } from './helpers.js';

describe('roster matcher: one typo', () => {
  it('finds a full name with one typo in a word of five letters or more', () => {
    expect(found('Jayden Tremblya')).toEqual(['c1:fuzzy:Jayden Tremblya']); // transposition
    expect(found('Amelei Gagnon')).toEqual(['c2:fuzzy:Amelei Gagnon']);
    expect(found('amelie gagon')).toEqual(['c2:fuzzy:amelie gagon']); // deletion
    expect(found('Jayden Tremblaay')).toEqual(['c1:fuzzy:Jayden Tremblaay']); // insertion
    expect(found('Jayden Trenblay')).toEqual(['c1:fuzzy:Jayden Trenblay']); // substitution
  });

  it('finds a capitalized surname alone with one typo', () => {
    expect(found('I saw Tremblya today')).toEqual(['c1:fuzzy:Tremblya']);
    expect(found('Tremblya was here')).toEqual(['c1:fuzzy:Tremblya']);
  });

  it('does not allow two typos, typos in short words, or typos in a lone first name', () => {
    expect(found('jaydn tremblya')).toEqual([]);
    expect(found('Jaydn Tremblya')).toEqual(['c1:fuzzy:Tremblya']); // the surname alone still counts
    expect(found('Julie Cyx')).toEqual([]); // "Cyr" has fewer than 5 letters: someone else's name
    expect(found('Ann Smyth')).toEqual(['c5:fuzzy:Ann Smyth']);
    expect(found('I saw Jaydan')).toEqual([]);
  });

  it('does not take an everyday word for a typo of a name', () => {
    const roster = matcher([
      { id: 'a', name: 'Rose Dupuis', kind: 'client' },
      { id: 'b', name: 'Karine Landry', kind: 'staff' },
      { id: 'c', name: 'Manon Bélanger', kind: 'staff' },
    ]);
    expect(found('Depuis ce matin, rien', roster)).toEqual([]);
    expect(found('Karine laundry day', roster)).toEqual(['b:first-name:Karine']);
    expect(found('tremblay', roster)).toEqual([]);
    expect(found('tremblaa', roster)).toEqual([]);
    expect(found('il faut mélanger les deux', roster)).toEqual([]);
  });

  it('checks one edit, adjacent transpositions included', () => {
    expect(withinOneEdit('tremblay', 'tremblya')).toBe(true);
    expect(withinOneEdit('gagnon', 'gagon')).toBe(true);
    expect(withinOneEdit('gagnon', 'gagnonn')).toBe(true);
    expect(withinOneEdit('gagnon', 'gxgnon')).toBe(true);
    expect(withinOneEdit('gagnon', 'ggaonn')).toBe(false);
    expect(withinOneEdit('gagnon', 'gagnonnn')).toBe(false);
  });
});

describe('typo index: mayBeNear', () => {
  it('answers a word met again, or a word in the same slot of its table of recent words, as the filter does', () => {
    const names = ['tremblay', 'gagnon', 'amelie', 'lefebvre'];
    const index = buildTypoIndex(names);
    const words = ['tremblya', 'gagon', 'amelei', 'xtremblay', 'people', 'gathering', 'meeting', 'thursday', 'lefebvr', 'verylongwordbeyondtwelve'];
    expect(words.slice(0, 3).every((word) => index.mayBeNear(word, 0, word.length))).toBe(true);
    // many more words than the table has slots, so slots are shared and overwritten
    for (let k = 0; k < 1500; k++) words.push(`w${k.toString(36)}ord`);
    for (let round = 0; round < 2; round++) {
      for (const word of words) {
        const text = ` ${word}.`;
        const expected = buildTypoIndex(names).mayBeNear(text, 1, 1 + word.length); // a fresh index has met no word yet
        expect(index.mayBeNear(text, 1, 1 + word.length), word).toBe(expected);
      }
    }
  });
});
