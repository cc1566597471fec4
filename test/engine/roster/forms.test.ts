import { describe, expect, it } from 'vitest';
import { found } from './helpers.js';

describe('roster matcher: names, aliases, handles', () => {
  it('finds a full name whatever its case, accents and spacing', () => {
    expect(found('JAYDEN TREMBLAY')).toEqual(['c1:name:JAYDEN TREMBLAY']);
    expect(found('amelie gagnon')).toEqual(['c2:name:amelie gagnon']);
    expect(found('Jayden   Tremblay was here')).toEqual(['c1:name:Jayden   Tremblay']);
    expect(found('A\u0301me\u0301lie Gagnon')).toEqual(['c2:name:A\u0301me\u0301lie Gagnon']);
  });

  it('treats hyphens and apostrophes inside names as optional', () => {
    expect(found('Jean Francois Cote')).toEqual(['s1:name:Jean Francois Cote']);
    expect(found('jean-françois côté')).toEqual(['s1:name:jean-françois côté']);
    expect(found('JeanFrancois Cote')).toEqual(['s1:name:JeanFrancois Cote']);
    expect(found("Siobhan OBrien")).toEqual(['c8:name:Siobhan OBrien']);
    expect(found('Siobhan O’Brien')).toEqual(['c8:name:Siobhan O’Brien']);
  });

  it('finds names in possessives and French elisions, span on the name only', () => {
    expect(found('Jayden Tremblay’s file')).toEqual(['c1:name:Jayden Tremblay']);
    expect(found("le dossier d'Amélie Gagnon")).toEqual(["c2:name:Amélie Gagnon"]);
    expect(found('la mère d’Amélie')).toEqual(['c2:first-name:Amélie']);
  });

  it('finds the surname first, as on lists', () => {
    expect(found('Tremblay Jayden, 12 ans')).toEqual(['c1:name:Tremblay Jayden']);
  });

  it('finds aliases, as their own kind of mention', () => {
    expect(found('Amy came by today')).toEqual(['c2:alias:Amy']);
    expect(found('Bravo à Léa!')).toEqual(['c9:alias:Léa']);
  });

  it('finds names inside e-mail addresses and user names', () => {
    expect(found('write to jayden.tremblay@example.org')).toEqual(['c1:name:jayden.tremblay']);
  });

  it('finds @handles, given with or without @ or as a profile address', () => {
    expect(found('hi @noah_l!')).toEqual(['c6:handle:@noah_l']);
    expect(found('follow @NoahLal.')).toEqual(['c6:handle:@NoahLal']);
    expect(found('write to noah_l@example.org')).toEqual([]);
  });

  it('reports the stronger reading only: no first name inside a full name', () => {
    expect(found('Jayden Tremblay and Jayden')).toEqual(['c1:name:Jayden Tremblay', 'c1:first-name:Jayden']);
  });

  it('finds the family name of a person together with the person', () => {
    expect(found('Bravo à Julie Cyr cette semaine')).toEqual(['f1:name:Julie Cyr']);
  });

  it('finds a name run together in a hashtag', () => {
    expect(found('#JaydenTremblay #proud')).toEqual(['c1:name:JaydenTremblay']);
  });

  it('finds a full name across a line break', () => {
    expect(found('Bravo\nJayden\nTremblay')).toEqual(['c1:name:Jayden\nTremblay']);
  });
});
