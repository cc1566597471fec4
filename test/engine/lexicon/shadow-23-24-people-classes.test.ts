import { describe, expect, it } from 'vitest';
import { isTollFree } from '../../../src/engine/detectors/content/personal-data.js';
import { compileLexicon, hasLexicon } from '../../../src/engine/lexicon/compile.js';
import { CLINICAL_SITUATION } from '../../../src/engine/lexicon/terms/clinical.js';
import { DISCRIMINATION, INSULT, MOCKED_TRAIT } from '../../../src/engine/lexicon/terms/conduct.js';
import { QUASI_IDENTIFIERS } from '../../../src/engine/lexicon/terms/identification.js';
import { ORGANIZATION_TARGET } from '../../../src/engine/lexicon/terms/organization.js';
import { CARE_CONTEXT, CLIENT_REFERENCE, OUR_CHILD } from '../../../src/engine/lexicon/terms/people.js';
import { foldText } from '../../../src/engine/text/fold.js';

const cases: [string, readonly string[], string[], string[]][] = [
  ['clinical: emergency visits, organs, care left, a complaint, a hearing put off', CLINICAL_SITUATION,
    ["est revenu à l'urgence pour la 4e fois", 'encore ses poumons', 'just left care and moved into a flat', 'helping her with her complaint since October',
      'his complaint about the ward', 'the judge has pushed back the hearing again', 'the hearing was postponed', "l'audience reportée en mars"],
    ["l'urgence climatique nous concerne tous", 'she left carefully', 'no complaints here, great weekend', 'pushed back the meeting to Friday', 'take care of your lungs, quit smoking']],
  ['client reference: a youth told by age, a ward visit, "une de mes ados"', CLIENT_REFERENCE,
    ["16 yr old I've been working with since the summer", 'the 15 year old we support', 'Ward visit at Glangwili today', 'une de mes ados a été hospitalisée'],
    ['my 16 yr old started working at the bakery', 'a ward of the court in the novel', 'une de mes amies est venue', 'visiting hours at the ward change on Monday']],
  ['clinical: a parent out of prison', CLINICAL_SITUATION,
    ['le papa sort de prison en janvier', 'her dad gets out of prison next month'], ['on sort de la prison-musée après la visite', 'a get out of jail free card']],
  ['client reference: children said to be placed', CLIENT_REFERENCE,
    ['pis les 3 petits sont placés', 'the kids were placed in foster care last spring'], ['les meubles sont placés, les petits sont couchés', 'the kids were placed second in the relay']],
  ['care context: visits with a parent stopped or hoped for', CARE_CONTEXT,
    ['Le papa de notre petit gars sort de prison, on croise les doigts pour que les visites reprennent', 'visits with his dad were suspended'],
    ['a hâte que les visites reprennent chez sa grand-maman', 'Les visites reprennent au CHSLD dès lundi', 'visits to his dad are on Sunday']],
  ['our child: an initial, "my little guy"', OUR_CHILD,
    ["fière de la p'tite L., 8 ans", 'my little guy asked me tonight', 'le petit J. a fait ses premiers pas'],
    ['la petite maison au bord du lac', 'my little guyliner collection', 'la petite lumière du salon']],
  ['place: a home told by what it is above, a named street', QUASI_IDENTIFIERS.place ?? [],
    ['the flat above the chippy on Lord St', 'lives in the room over the garage', 'moved in on Station Road'],
    ['above the clouds today', 'on board the ferry', 'walked on the beach']],
  ['mocked trait: a religion as time off, orientation hinted', MOCKED_TRAIT,
    ['must be nice having a religion with a holiday every other week', 'on sait ben de quel bord tu swingues', 'we all know which team he bats for'],
    ['my religion means a lot to me', 'de quel bord tu passes pour venir?', 'which team won last night']],
  ['insult: intelligence run down', INSULT,
    ['still thick as a plank', "pity ur brain didn't come with the certificate", "on comprend rien de ce qu'il dit"],
    ['the shelf is thick as a plank of oak', 'my brain needs coffee', "je comprends ce qu'il dit"]],
  ['discrimination: newcomers said to live off others', DISCRIMINATION,
    ['These newcomers come here and live off OUR taxes', 'the country is full, shut the doors', 'les immigrants… le pays est plein'],
    ['newcomers welcome at the library on Tuesdays', 'the car park is full', 'we live off the grid in summer']],
  ['organization target: a contractor told by what it was hired for', ORGANIZATION_TARGET,
    ["la compagnie de déneigement engagée pour l'hôpital de Chandler", 'the cleaning firm hired by the hospital'],
    ['la compagnie de mon beau-frère', 'a firm handshake at the hospital']],
];

describe('classes from shadow-23 and shadow-24 (people, clinical, conduct)', () => {
  for (const [name, terms, positives, negatives] of cases) {
    const lexicon = compileLexicon(name, terms);
    it(`${name}: reads the class`, () => { for (const t of positives) expect(hasLexicon(lexicon, foldText(t)), t).toBe(true); });
    it(`${name}: leaves look-alikes clean`, () => { for (const t of negatives) expect(hasLexicon(lexicon, foldText(t)), t).toBe(false); });
  }
  it('a toll-free number is a service line, never personal data', () => {
    for (const n of ['1-800-668-6868', '1 (888) 555-1212', '0800 123 4567', '0808 800 5000']) expect(isTollFree(n), n).toBe(true);
    for (const n of ['613-555-0142', '1-613-555-0142', '07700 900123', '029 2087 0000']) expect(isTollFree(n), n).toBe(false);
  });
});
