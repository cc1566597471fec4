import { describe, expect, it } from 'vitest';
import { compileLexicon, hasLexicon } from '../../../src/engine/lexicon/compile.js';
import { ADVERTISING } from '../../../src/engine/lexicon/terms/commerce.js';
import { DISCRIMINATION, MOCKED_TRAIT } from '../../../src/engine/lexicon/terms/conduct.js';
import { ORGANIZATION_TARGET } from '../../../src/engine/lexicon/terms/organization.js';
import { VALUES_CONFLICT } from '../../../src/engine/lexicon/terms/politics.js';
import { foldText } from '../../../src/engine/text/fold.js';

const cases: [string, readonly string[], string[], string[]][] = [
  ['values-conflict', VALUES_CONFLICT,
    ['Stop handing our tax dollars to newcomer settlement programs', 'Cap Immigration now', 'Keep the Bank St shelter for refugee families SHUT', 'Gardez le centre pour nouveaux arrivants fermé', "On veut plafonner l'immigration"],
    ['We need to cut immigration wait times', 'Keep the drop-in for newcomer moms open!', 'Stop handing out flyers please', 'Keep your newcomer friends close this winter']],
  ['advertising', ADVERTISING,
    ['my cousin does lashes n brows from her place, $40 all of december', 'Ma cousine fait les ongles chez elle, 35 $ en décembre', 'slide into my dms to book'],
    ['My sister does my hair every Sunday', 'My brother does marathons; he raised $400 for the food bank!', 'slide into my dms if you want to chat', 'Ma soeur fait du bénévolat, elle a amassé 200 $', 'My aunt does wigs for cancer patients for free, she has charged $0 ever']],
  ['organization-target', ORGANIZATION_TARGET,
    ['our new Chief Officer', 'la gang du ménage sous contrat', 'le personnel d\'entretien contractuel', 'the contract cleaners', 'la réceptionniste'],
    ['a chief officer of the fire service', 'une réceptionniste']],
  ['mocked-trait', MOCKED_TRAIT,
    ['nobody can understand a word with that accent', 'personne comprend rien avec son accent', 'sa perruque de travers'],
    ['I love her accent', 'nobody could understand me at first', 'on dirait un vieux balai mon chien']],
  ['discrimination', DISCRIMINATION,
    ["Les p'tits vieux qui crient toute la nuit, un bon bâillon pis c'est réglé", 'The old dears shouting all night, a good gag would sort it'],
    ["Les p'tits vieux ont adoré le spectacle", 'The old folks loved the gag gifts at bingo']],
];

describe('classes from shadow-19 and shadow-20', () => {
  for (const [name, terms, positives, negatives] of cases) {
    const lexicon = compileLexicon(name, terms);
    it(`${name}: reads the class`, () => { for (const t of positives) expect(hasLexicon(lexicon, foldText(t)), t).toBe(true); });
    it(`${name}: leaves look-alikes clean`, () => { for (const t of negatives) expect(hasLexicon(lexicon, foldText(t)), t).toBe(false); });
  }
});
