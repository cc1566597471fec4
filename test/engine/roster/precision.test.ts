import { describe, expect, it } from 'vitest';
import { found, matcher } from './helpers.js';

describe('roster matcher: precision', () => {
  it('does not take everyday words for people named Grace, Hope or Rose', () => {
    expect(found('by the grace of god')).toEqual([]);
    expect(found('Hope you are all well')).toEqual([]); // a capital that only starts a sentence
    expect(found('I hope so')).toEqual([]);
    expect(found('a rose for you')).toEqual([]);
    expect(found('Rose early this morning')).toEqual([]);
    expect(found('GRACE AND HOPE')).toEqual([]);
    expect(found('lots of grace hope and love')).toEqual([]);
  });

  it('takes them for people where a capital marks a name', () => {
    expect(found('I saw Grace today')).toEqual(['c3:first-name:Grace']);
    expect(found('we met Rose at the park')).toEqual(['c4:first-name:Rose']);
    expect(found('Bonjour Mme Hope')).toEqual(['c3:surname:Hope']);
    expect(found('Grace Hope came')).toEqual(['c3:name:Grace Hope']);
  });

  it('does not take French words for surnames that look like them', () => {
    const roster = matcher([
      { id: 'a', name: 'Marc Côté', kind: 'client' },
      { id: 'b', name: 'Luc Parent', kind: 'client' },
      { id: 'c', name: 'Marie Gagné', kind: 'client' },
    ]);
    expect(found('à côté de la maison', roster)).toEqual([]);
    expect(found('Côté travail, tout va bien', roster)).toEqual([]);
    expect(found('chaque parent est invité', roster)).toEqual([]);
    expect(found("J'ai gagné! Gagné encore", roster)).toEqual([]);
    expect(found('je suis mariée depuis hier', roster)).toEqual([]);
    expect(found('Bonjour M. Côté', roster)).toEqual(['a:surname:Côté']);
  });

  it('matches whole words only', () => {
    expect(found('Annual report and Annie, Anne, annex')).toEqual([]);
    expect(found('The Smithsonian')).toEqual([]);
    expect(found('Ann came by')).toEqual(['c5:first-name:Ann']);
  });

  it('does not take a first name shared with someone else\'s surname', () => {
    const roster = matcher([
      { id: 'a', name: 'Martin Gagnon', kind: 'client' },
      { id: 'b', name: 'Chloe Martin', kind: 'staff' },
    ]);
    expect(found('I saw Martin today', roster)).toEqual([]);
    expect(found('Martin Gagnon and Chloe Martin', roster)).toEqual(['a:name:Martin Gagnon', 'b:name:Chloe Martin']);
  });

  it('reports every person who bears the same full name', () => {
    const roster = matcher([
      { id: 'a', name: 'Marie Tremblay', kind: 'client' },
      { id: 'b', name: 'Marie Tremblay', kind: 'staff' },
    ]);
    expect(found('Marie Tremblay', roster)).toEqual(['a:name:Marie Tremblay', 'b:name:Marie Tremblay']);
  });

  it('does not take a first name shared by two people via an alias', () => {
    const roster = matcher([
      { id: 'a', name: 'Dylan Charbonneau', aliases: ['Dylan'], kind: 'client' },
      { id: 'b', name: 'Dylan Roy', kind: 'staff' },
    ]);
    expect(found('Hi Dylan', roster)).toEqual([]);
    expect(found('Hi Dylan C.', roster)).toEqual(['a:initials:Dylan C.']);
  });

  it('does not take months, streets and buildings for people', () => {
    const roster = matcher([
      { id: 'a', name: 'April Jones', kind: 'client' },
      { id: 'b', name: 'Gary Marsh', kind: 'volunteer' },
      { id: 'c', name: 'Rachel Stanley', kind: 'client' },
      { id: 'd', name: 'Lucie Tremblay', kind: 'client' },
    ]);
    expect(found('see you in April!', roster)).toEqual([]);
    expect(found('she lives alone on the Marsh Lane estate', roster)).toEqual([]);
    expect(found('at the office on Stanley Rd til 5', roster)).toEqual([]);
    expect(found('au 12 rue Tremblay', roster)).toEqual([]);
    expect(found('April Jones came', roster)).toEqual(['a:name:April Jones']);
    expect(found('thanks Gary', roster)).toEqual(['b:first-name:Gary']);
  });

  it('needs a capital for a one-word nickname, not for a given name', () => {
    const roster = matcher([{ id: 'a', name: 'Liam Peters', aliases: ['Peanut'], kind: 'client' }]);
    expect(found('peanut butter', roster)).toEqual([]);
    expect(found('go Peanut go', roster)).toEqual(['a:alias:Peanut']);
    expect(found('liam was here', roster)).toEqual(['a:first-name:liam']);
  });

  it('does not take the full name of someone outside the roster for a roster person', () => {
    const roster = matcher([
      { id: 'a', name: 'Chantal Pilon', kind: 'staff' },
      { id: 'b', name: 'Kevin Arsenault', kind: 'staff' },
    ]);
    expect(found('merci à notre députée Chantal Lefebvre', roster)).toEqual([]);
    expect(found('carte trouvée, 5453 1512, Lise Arsenault.', roster)).toEqual([]);
    expect(found('merci Chantal Monday', roster)).toEqual(['a:first-name:Chantal']);
    expect(found('parlez à M. Arsenault', roster)).toEqual(['b:surname:Arsenault']);
  });

  it('does not trust capitals in headline-style text', () => {
    const roster = matcher([{ id: 'a', name: 'Joy Mensah', kind: 'client' }]);
    expect(found('Spread The Joy This Christmas', roster)).toEqual([]);
    expect(found('so much joy today', roster)).toEqual([]);
    expect(found('Hi Joy, see you soon', roster)).toEqual(['a:first-name:Joy']);
  });
});
