import { describe, expect, it } from 'vitest';
import { compileLexicon, hasLexicon } from '../../../src/engine/lexicon/compile.js';
import { CASEWORK } from '../../../src/engine/lexicon/terms/accounts.js';
import { CLINICAL_SITUATION } from '../../../src/engine/lexicon/terms/clinical.js';
import { DISCRIMINATION, MOCKED_TRAIT } from '../../../src/engine/lexicon/terms/conduct.js';
import { QUASI_IDENTIFIERS } from '../../../src/engine/lexicon/terms/identification.js';
import { CARE_PROFESSIONS, NEGATIVE_JUDGEMENT, ORGANIZATION_TARGET } from '../../../src/engine/lexicon/terms/organization.js';
import { CLIENT_REFERENCE } from '../../../src/engine/lexicon/terms/people.js';
import { CONFIDENTIAL, WORK_TOPIC } from '../../../src/engine/lexicon/terms/work.js';
import { foldText } from '../../../src/engine/text/fold.js';

const cases: [string, readonly string[], string[], string[]][] = [
  ['clinical: a group home, care left', CLINICAL_SITUATION,
    ["après l'année qu'elle a eue au foyer de groupe", 'qui sort du foyer de groupe pour son premier appart', 'elle quitte sa famille d\'accueil le mois prochain', 'he is aging out of care in June', 'a care leaver moving into his first flat'],
    ['Mon fils sort du foyer étudiant pour son premier appart', 'leaving the care of the garden to my neighbour', 'on a visité le foyer du théâtre']],
  ['client reference: admitted to our own service', CLIENT_REFERENCE,
    ['est rentré en soins palliatifs chez nous hier', 'elle est arrivée à l\'unité chez nous ce matin', 'admitted to our ward on Tuesday'],
    ['Ma voisine est rentrée chez nous pour le souper', 'admitted to the bar', 'on est rentrés de voyage hier']],
  ['occupation: an office held for years', QUASI_IDENTIFIERS.occupation ?? [],
    ['qui a été maire pendant 40 ans', 'he was mayor of the town for 20 years', 'a été la mairesse du village durant trente ans'],
    ['le maire a annoncé les travaux', 'I was tired for 20 years']],
  ['confidential: an internal operating plan', CONFIDENTIAL,
    ['voici le plan de délestage des lits pour les Fêtes', "here's the winter bed plan for ward 4", 'la liste des fermetures de lits'],
    ['Voici le plan de match pour la fête de Noël', "here's the plan for Saturday's bake sale", 'le CISSS a annoncé son plan pour les Fêtes']],
  ['work topic: praise of what the team does', WORK_TOPIC,
    ['So proud of what our team pulls off every year', 'proud of everything my colleagues achieved this winter'],
    ['proud of what my daughter did today', 'what our team needs is a new goalie']],
  ['casework: goods gathered for a client', CASEWORK,
    ["Quelqu'un aurait un lit simple à donner?? c'est pour un de mes jeunes", 'Anyone have a spare cot? It is for one of my families'],
    ["Quelqu'un aurait un lit simple à donner? C'est pour mon neveu", 'Anyone have a spare crib? for one of my friends']],
  ['mocked trait: a limp, a way of speaking, religious practice', MOCKED_TRAIT,
    ['le gars qui boite pis qui parle tout croche', 'let her plan it round her prayer times', 'the kid who drools'],
    ['le gars qui danse comme un pro', 'her prayers were answered', 'I walk to work every day']],
  ['discrimination: sent back to learn the language', DISCRIMINATION,
    ['retourne en Tunisie apprendre le français', 'retournez dans votre pays apprendre le français'],
    ['je retourne en Gaspésie apprendre la pêche', 'elle retourne en Tunisie apprendre le français à ses enfants', "retourne à l'école apprendre le français"]],
  ['organization target: the higher-ups', ORGANIZATION_TARGET,
    ['another survey from the higher ups', 'the higher-ups decided'], ['higher up the hill', 'the nurse at the GP']],
  ['negative judgement: sarcasm about pay and surveys', NEGATIVE_JUDGEMENT,
    ["maybe pay us properly n fill the rota", "another 'wellbeing survey' from head office", 'payez-nous comme du monde'],
    ['pay us a visit next time', 'our wellbeing survey results are in', 'please pay at the desk']],
  ['care professions: a nurse at a named hospital', CARE_PROFESSIONS,
    ['a nurse at Glangwili', "l'infirmière du CLSC"], ['nursery at the school']],
];

describe('classes from shadow-21 and shadow-22', () => {
  for (const [name, terms, positives, negatives] of cases) {
    const lexicon = compileLexicon(name, terms);
    it(`${name}: reads the class`, () => { for (const t of positives) expect(hasLexicon(lexicon, foldText(t)), t).toBe(true); });
    it(`${name}: leaves look-alikes clean`, () => { for (const t of negatives) expect(hasLexicon(lexicon, foldText(t)), t).toBe(false); });
  }
});
