import { describe, expect, it } from 'vitest';
import { found, matcher } from './helpers.js';

describe('roster matcher: first names, surnames, initials', () => {
  it('finds a first name alone held by one roster person, capitalized or not', () => {
    expect(found("Le petit Jayden m'a fait un dessin")).toEqual(['c1:first-name:Jayden']);
    expect(found("jayden's mom came")).toEqual(['c1:first-name:jayden']);
    expect(found('GO JAYDEN!!!')).toEqual(['c1:first-name:JAYDEN']);
    expect(found('Merci Jean-François!')).toEqual(['s1:first-name:Jean-François']);
  });

  it('finds no first name shared by two roster people', () => {
    expect(found('Noah came by')).toEqual([]);
    expect(found('noah')).toEqual([]);
  });

  it('finds a capitalized surname held by one roster person', () => {
    expect(found('Bonjour Mme Ouellet, ici Karine')).toEqual(['f2:surname:Ouellet']);
    expect(found('I saw Lalonde today')).toEqual(['c6:surname:Lalonde']);
    expect(found('lalonde')).toEqual([]);
    expect(found('les Cyr sont venus')).toEqual([]); // two people named Cyr
  });

  it('finds initials that fit one roster person', () => {
    expect(found('J.T. is doing great')).toEqual(['c1:initials:J.T.']);
    expect(found('Thanks J. T.')).toEqual(['c1:initials:J. T.']);
    expect(found('Noah L. came')).toEqual(['c6:initials:Noah L.']);
    expect(found('Noah B, Noah L.')).toEqual(['c7:initials:Noah B', 'c6:initials:Noah L.']);
    expect(found('A. Gagnon')).toEqual(['c2:initials:A. Gagnon', 'c2:surname:Gagnon']);
  });

  it('finds no initials that are abbreviations, ambiguous, lower case or part of a longer run', () => {
    const roster = matcher([
      { id: 'a', name: 'Paul Smith', kind: 'client' },
      { id: 'b', name: 'Anne Martin', kind: 'client' },
      { id: 'c', name: 'John Fox', kind: 'client' },
      { id: 'd', name: 'Jane Fisher', kind: 'client' },
    ]);
    expect(found('P.S. see you at 8 A.M.', roster)).toEqual([]);
    expect(found('J.F. came', roster)).toEqual([]);
    expect(found('j.f. came', roster)).toEqual([]);
    expect(found('J.F.K. airport', roster)).toEqual([]);
  });
});
