import { describe, expect, it } from 'vitest';
import { indirectIdentification } from '../../../../src/engine/detectors/people/indirect-identification.js';
import { covered, detect, hugeText, itIsRobust, post, type Situation } from '../run-detector.js';

const at = (activity: Record<string, unknown>): Situation => ({ activity, organization: { names: ['Valoris', 'Vanier'] } });
const found = (text: string, params: Record<string, unknown> = {}) => covered(detect(indirectIdentification, at(post(text)), params), text);

const elderly = 'The lady I support, widowed, from Crosby, cried today.';
const mother = 'My client, a single mom of twins in her 40s, finally got housing.';
const fosterChild = 'Foster kid, 12 yrs old, from Orléans, starts at Hillcrest school.';
const placedChild = "La petite de 6 ans qu'on a chez nous, en famille d'accueil à Pabos, a fait ses premiers pas.";

describe('indirect-identification', () => {
  it('counts an age told as a birthday or a hyphenated age as a clue', () => {
    expect(found('Big cheer for the gentleman I visit on Mondays, who turned 97 today in Llanon!').length).toBeGreaterThan(0);
    expect(found('Helped a 14-year-old lad I mentor from Aberaeron with his forms today').length).toBeGreaterThan(0);
    expect(found('My nan turned 97 today in Llanon!')).toEqual([]);
  });

  it('catches a client reference with two kinds of clue (age, origin, family, occupation, place, school), marking the reference', () => {
    expect(found(elderly)).toEqual(['lady I support']);
    expect(found(mother)).toEqual(['My client']);
    expect(found('A client in room 12, aged 90, former nurse.')).toEqual(['A client']);
    expect(found('Une jeune de 15 ans en centre jeunesse, d\'origine haïtienne.')).toEqual(['Une jeune']);
    expect(found(placedChild)).toEqual(["La petite de 6 ans qu'on"]);
    expect(detect(indirectIdentification, at(post(mother)))).toEqual([{ field: 'text', span: [0, 9], kind: 'combination' }]);
  });

  it('reads a person met in a care setting, a decade of life, a former trade and what makes someone known', () => {
    expect(found('One of my regulars at the Anfield drop-in, ex-miner, early 80s, got his results').length).toBeGreaterThan(0);
    expect(found('Such a sweet gent on the dementia ward at the Heath today, 91, former bus driver from Splott').length).toBeGreaterThan(0);
    expect(found("Le monsieur de 94 ans au CHSLD de Maria, l'ancien notaire, a fait une chute").length).toBeGreaterThan(0);
    expect(found('Ma ti-mémère de 89 ans à la résidence de Bonaventure, ancienne couturière').length).toBeGreaterThan(0);
    expect(found('The only set of twins in Embrun are being placed with a foster family next week').length).toBeGreaterThan(0);
    expect(found('Tout le monde le connaît à Chandler, le monsieur avec le quadriporteur rouge, un de nos usagers').length).toBeGreaterThan(0);
    expect(found('Gave one of the older fellas from the day centre a lift home. lives just off Moss Lane, 88 and still joking').length).toBeGreaterThan(0);
    expect(found('Spent an hour on the phone with a lovely gent from Tregaron. His wife is 81, housebound').length).toBeGreaterThan(0);
    expect(found('Shoutout to the Eritrean auntie from my Tuesday sewing circle, got the keys to her place in Overbrook').length).toBeGreaterThan(0);
    expect(found('Mr P (the retired docker from Crosby I see on Tuesdays) has agreed to try respite').length).toBeGreaterThan(0);
    // One's own family, and people nobody serves.
    expect(found('Visited my nan on the stroke unit at Prince Charles today, 88 and still sharp')).toEqual([]);
    expect(found("Mon pépère de 97 ans au CHSLD a fêté Noël avec nous, l'ancien capitaine")).toEqual([]);
    expect(found('The fella with the green parrot at the market sold me tomatoes')).toEqual([]);
    expect(found('Three little ones under 5 at home and I still made it to spin class')).toEqual([]);
    expect(found('My auntie from Tregaron is 81, and still walks to chapel every Sunday')).toEqual([]);
  });

  it('counts a name the roster does not hold beside a reference to one client, or a titled name in a text about a client', () => {
    expect(found('My client Ayesha got her own apartment today!')).toEqual(['My client Ayesha']);
    expect(found('Bravo à ma cliente Yasmina pour son examen')).toEqual(['ma cliente Yasmina']);
    expect(found('Chatted with a patient on ward 3, Mrs Protheroe, who waits for her op')).toEqual(['Mrs Protheroe']);
    expect(found('La dame de la chambre 4, Mme G., est partie')).toEqual(['Mme G.']);
    expect(found('Drove Tyler, one of the teens I mentor, to his meeting')).toEqual(['Tyler, one of the teens I mentor']);
    expect(found('Shoutout to Zainab from my Tuesday English circle!')).toEqual(['Zainab from my Tuesday English circle']);
    expect(found('Brayden, the boy I visit on Tuesdays, is back in')).toEqual(['Brayden, the boy I visit']);
    for (const text of ['Honestly, the lady I support made my day', 'Sadly, a man I visit passed', 'Well, the woman I support said no', 'Maya, the woman I met at yoga, called'])
      expect(found(text), text).toEqual([]);
    for (const text of ['Honestly, one of my clients made my day', 'Everyone in my group passed', 'In March in my program we cooked'])
      expect(found(text), text).toEqual([]);
    for (const text of ['My client Today was a good day', 'Mrs Brown came for tea', 'My son Liam started school', 'Client Appreciation night at the salon'])
      expect(found(text), text).toEqual([]);
  });

  it('takes a foster family\'s own words for a placed child, in a post marked as fostering, with one clue', () => {
    const child = { subject: 'child-in-care' };
    expect(found('Notre nouvelle petite protégée de 7 ans est arrivée hier avec un sac vert #RTF', child)).toEqual(['Notre nouvelle petite']);
    expect(found("La grande qu'on héberge depuis l'été a eu son bulletin #familledaccueil", child)).toEqual(["La grande qu'on héberge"]);
    expect(found('Notre puce a bien dormi après la visite supervisée à Gaspé', child)).toEqual(['Notre puce']);
    expect(found("Nos deux cocos sont arrivés chez nous il y a un an #familledaccueil", child)).toEqual(['Nos deux cocos']);
    expect(found("Le jeune de 12 ans qu'on héberge depuis Pâques a revu son père #RTF", child)).toEqual(["Le jeune de 12 ans qu'on"]);
    expect(found("Nos deux chats sont arrivés chez nous il y a un an #familledaccueil", child)).toEqual([]);
    expect(found("Ça fait 10 ans qu'on est famille d'accueil, chaque enfant nous a appris quelque chose", child)).toEqual([]);
    expect(found('Notre grande a eu son bulletin, 14 ans déjà')).toEqual([]);
  });

  it('counts a given name placed at a service for the people served, unless thanked there', () => {
    expect(found('Happy 90th to Eileen at the Thursday club, still dancing')).toEqual(['Eileen at the Thursday club']);
    expect(found('RIP Bert from the day centre, one of a kind')).toEqual(['Bert from the day centre']);
    expect(found('Heard from a mum in Tywyn, her 4 year old waited all night')).toEqual(['Heard from a mum']);
    expect(found('Heard from a friend that the new Thai place in Tywyn is great, 4 stars')).toEqual([]);
    expect(found('Big thanks to Bryn at the lunch club for the soup')).toEqual([]);
  });

  it('counts a courtesy-titled name given with an age and a health situation', () => {
    expect(found("Mme Bourque de Paspébiac, 88 ans, vient d'apprendre qu'elle a un cancer")).toEqual(['Mme Bourque']);
    expect(found('Mrs Jones, my old piano teacher, passed away. What a woman.')).toEqual([]);
    expect(found('Mrs Jones turned 94 years old today!')).toEqual([]);
  });

  it('reads a person described by family size before the care verb ("the mom of four I\'ve been supporting")', () => {
    expect(found("So proud of the Eritrean mom of four I've been supporting in Vanier")).toEqual(["mom of four I've been supporting"]);
  });

  it('reads an age given in words as an age clue', () => {
    expect(found('Sat with a gentleman in his late eighties from Aberporth today')).toEqual(['Sat with a gentleman']);
    expect(found('Une usagère dans la quatre-vingtaine, veuve depuis l\'été')).toEqual(['Une usagère']);
    expect(found('Sat with a gentleman in his late eighties today')).toEqual([]);
  });

  it('counts a courtesy-titled name placed in a care setting, unless the roster holds that name', () => {
    expect(found('Mme Arsenault de la chambre 8 a chanté toute la soirée')).toEqual(['Mme Arsenault']);
    expect(found('Mr Pryce on the ward asked for his paper again')).toEqual(['Mr Pryce']);
    expect(found('Mme Gagnon, mon enseignante de 3e année, prend sa retraite')).toEqual([]);
    const listed: Situation = { ...at(post('Bonne fête à M. Roy au CHSLD!')), context: { roster: [{ id: 'c1', name: 'Roy', kind: 'client' }] } };
    expect(detect(indirectIdentification, listed)).toEqual([]);
  });

  it('takes a small town and a relative\'s situation as two clues', () => {
    expect(found('A woman from Tregaron rang me, her husband has been waiting a year for his op')).toEqual(['A woman from Tregaron rang me']);
    expect(found('Spoke to a mum in Llanidloes whose little boy is on the list')).toEqual(['Spoke to a mum']);
    expect(found('A woman rang me, her husband has been waiting a year for his op')).toEqual([]);
    expect(found('Spoke to a lady in Tesco whose little boy was the cutest thing')).toEqual([]);
  });

  it('needs a client reference and enough clues', () => {
    for (const text of ['My client is 87.', 'Our clients come from all over Ottawa.', 'Meet Sarah, 34, mom of two, our new board chair!',
      'Proud of our youth group: 20 teens from Gaspé came to the fair!']) expect(found(text), text).toEqual([]);
  });

  it('does not count a broad place, a month or the organization\'s own name as a place', () => {
    expect(found('One of my clients, 16 yrs old, from Orléans')).toEqual(['One of my clients']);
    for (const text of ['One of my clients, 16 yrs old, from Canada', 'One of my clients, 16 yrs old, in January', 'One of my clients, 16 yrs old, from Vanier']) {
      expect(found(text), text).toEqual([]);
    }
  });

  it('counts `minClues` kinds of clue', () => {
    expect(found(elderly, { minClues: 3 })).toEqual([]);
    expect(found('A client in room 12, aged 90, former nurse.', { minClues: 3 })).toEqual(['A client']);
    expect(found('My client is 87 years old.', { minClues: 1 })).toEqual(['My client']);
  });

  it('tells a child in care from everyone else (`subject`)', () => {
    const child = { subject: 'child-in-care' };
    const others = { subject: 'not-child-in-care' };
    expect(found(placedChild, child)).toEqual(["La petite de 6 ans qu'on"]);
    expect(found(fosterChild, child)).toEqual(['Foster kid']);
    expect(found(elderly, child)).toEqual([]);
    expect(found(placedChild, others)).toEqual([]);
    expect(found(mother, others)).toEqual(['My client']);
  });

  it('reads what is liked, not the post a comment answers', () => {
    expect(covered(detect(indirectIdentification, at({ action: 'like', channel: 'personal', targetText: elderly })), elderly, 'targetText')).toEqual(['lady I support']);
    expect(detect(indirectIdentification, at({ action: 'comment', channel: 'personal', text: 'aw', targetText: elderly }))).toEqual([]);
  });

  it('reports spans into the original text, accents and emoji before the hit', () => {
    expect(found('🎉🏳️‍🌈 Félicitations à ma cliente, veuve, 84 ans, de Pabos!')).toEqual(['ma cliente']);
  });

  it('rejects params outside their bounds', () => {
    for (const params of [{ subject: 'adult' }, { minClues: 0 }, { minClues: 7 }, { clues: 2 }]) {
      expect(indirectIdentification.paramsSchema.safeParse(params).success, JSON.stringify(params)).toBe(false);
    }
  });

  itIsRobust(indirectIdentification, (text) => at(post(text)), {}, hugeText('My client 🎉, 17 yrs old, Syrian, single mom of twins, from Orléans — en famille d\'accueil. '));
});
