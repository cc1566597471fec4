/**
 * Readings that generalize beyond one wording (found with the shadow sets in eval/): a workplace
 * stated is not a comment on work, unnamed clients are the organization's people, a foster family's
 * "our little one" is a child in care, and words that are slurs, threats or parties in one place
 * are ordinary ones in another.
 */
import { describe, expect, it } from 'vitest';
import { disparagement } from '../../../src/engine/detectors/content/disparagement.js';
import { harassment } from '../../../src/engine/detectors/content/harassment.js';
import { lexiconDetector } from '../../../src/engine/detectors/content/lexicon.js';
import { partisan } from '../../../src/engine/detectors/content/partisan.js';
import { indirectIdentification } from '../../../src/engine/detectors/people/indirect-identification.js';
import { organizationMention } from '../../../src/engine/detectors/voice/organization-mention.js';
import { covered, detect, post, type Situation } from '../detectors/run-detector.js';

const stass = (text: string, action = 'post'): Situation => ({ activity: post(text, { action }), organization: { names: ['STaSS'] } });
const valoris = (text: string): Situation => ({ activity: post(text), organization: { names: ['Valoris'] } });

describe('organization-mention, except workplace statements (STaSS 5.3)', () => {
  const found = (text: string, action?: string) => covered(detect(organizationMention, stass(text, action), { exceptWorkplaceStatements: true }), text);

  it('leaves out a name that only says where one works', () => {
    expect(found('Support worker at STaSS | LFC | dog mum 🐶', 'profile_update')).toEqual([]);
    expect(found('working at the STaSS office on Stanley Rd til 5 then drinks!')).toEqual([]);
    expect(found('Volunteer with STaSS, Southport')).toEqual([]);
  });

  it('keeps a name that comes with a comment on the work', () => {
    expect(found('So proud of my team at STaSS for winning the award 🏆')).toEqual(['STaSS']);
    expect(found('Happy retirement to our Sheila after 30 years at STaSS ❤️')).toEqual(['STaSS']);
  });

  it('finds every mention when the option is off', () => {
    expect(covered(detect(organizationMention, stass('Support worker at STaSS')), 'Support worker at STaSS')).toEqual(['STaSS']);
  });
});

describe('disparagement of clients who are not named', () => {
  const found = (text: string) => covered(detect(disparagement, valoris(text)), text);

  it('counts a judgement of the people on one\'s caseload', () => {
    expect(found("some of the parents on my caseload don't deserve their kids")).toEqual(["don't deserve their"]);
  });

  it('reads "my team" and "management" as a sports team beside a score or a club, as the workplace otherwise', () => {
    expect(found('My team were shocking today, 4-0 at home, manager has to go')).toEqual([]);
    expect(found('the Sens are hopeless this year, management needs to trade everyone')).toEqual([]);
    expect(found('Management is a joke, nobody listens to frontline staff')).toEqual(['a joke', 'nobody listens']);
  });

  it('reads a judgement of the city or society as aimed outside', () => {
    expect(found('A client told me today she has nowhere to go. This city has NO idea what is happening 💔')).toEqual([]);
  });
});

describe('harassment: context decides', () => {
  const found = (text: string) => covered(detect(harassment, valoris(text)), text);

  it('does not read French "en retard" (late) as a slur', () => {
    expect(found('Les ambulanciers sont toujours en retard, encore 40 minutes ce matin')).toEqual([]);
    expect(found('Some of these people are retards.')).toEqual(['retards']);
  });

  it('reads "I\'ll" threats and threats about where someone works', () => {
    expect(found("park across my drive again and I'll smash your windscreen in")).toEqual(["I'll smash your"]);
    expect(found('keep talking and see what happens. I know where you work')).toEqual(['keep talking and see what happens', 'I know where you work']);
  });

  it('does not read a welcome of refugees as discrimination', () => {
    expect(found('Refugees should be welcomed with open arms and immigrants are all part of this city.')).toEqual([]);
    expect(found('Poles taking all the care jobs then moaning about the wages. go home')).toEqual(['Poles taking all the care jobs']);
  });
});

describe('a foster family speaks of the child placed with them', () => {
  const fosterPost = (text: string, profileText: string) => ({
    activity: post(text, { author: { id: 'r1', role: 'contractor', profileText } }),
    organization: { names: ['CISSS'] },
  });
  const hits = (text: string, profileText: string) =>
    detect(indirectIdentification, fosterPost(text, profileText), { subject: 'child-in-care' }).map((h) => h.kind);

  it('reads "notre petit loup de 3 ans arrivé chez nous vendredi" from a foster family as a child in care, identifiable', () => {
    expect(hits('Notre petit loup de 3 ans est arrivé chez nous vendredi 💕', "Famille d'accueil 💙 Gaspé")).toEqual(['combination']);
  });

  it('does not read a parent\'s own child that way', () => {
    expect(hits('Notre petit loup de 3 ans est arrivé chez nous vendredi 💕', 'Maman de 2 | Gaspé')).toEqual([]);
  });
});

describe('known gaps of the detector tests, closed in the lexicons', () => {
  it('reads "you\'re an idiot" and contracted threats, not "the state of this weather"', () => {
    const found = (text: string) => covered(detect(harassment, valoris(text)), text);
    expect(found("You're an idiot.")).toEqual(["You're an idiot"]);
    expect(found("I'm gonna batter you.")).toEqual(["I'm gonna batter you"]);
    expect(found('go back to where you came from')).toEqual(['go back to where you came from']);
    expect(found('Look at the state of this weather!')).toEqual([]);
  });

  it('leaves a neutral representative, a party of your choice and sentence-initial "Green spaces" alone', () => {
    const found = (text: string) => covered(detect(partisan, valoris(text)), text);
    expect(found('Our MPP came to visit the centre today.')).toEqual([]);
    expect(found('Le 6 octobre, votez pour le parti de votre choix!')).toEqual([]);
    expect(found('Green spaces are great for mental health.')).toEqual([]);
    expect(found('Proud to support Plaid Cymru this election!')).toEqual(['Plaid Cymru']);
  });

  it('does not call a confidential helpline confidential information', () => {
    const found = (text: string) => covered(detect(lexiconDetector, valoris(text), { lexicon: 'confidential' }), text);
    expect(found('Our confidential helpline is open 24/7.')).toEqual([]);
    expect(found('Our counselling is free and confidential.')).toEqual([]);
    expect(found('CONFIDENTIAL - staffing plan 2027')).toEqual(['CONFIDENTIAL']);
    expect(found('Not public yet, keep it quiet: the office closes in March.')).toEqual(['Not public yet', 'keep it quiet']);
  });
});
