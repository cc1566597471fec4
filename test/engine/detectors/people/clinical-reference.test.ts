import { describe, expect, it } from 'vitest';
import { clinicalReference } from '../../../../src/engine/detectors/people/clinical-reference.js';
import { covered, detect, hugeText, itIsRobust, post, type Situation } from '../run-detector.js';

const roster = [
  { id: 'c1', name: 'Kayla Brooks', kind: 'client' },
  { id: 'c2', name: 'Amélie Gagnon', aliases: ['Amy'], kind: 'client' },
  { id: 'f1', name: 'Julie Cyr', kind: 'client-family' },
  { id: 's2', name: 'Tracy Boucher', kind: 'staff' },
];
const at = (activity: Record<string, unknown>): Situation => ({ activity, context: { roster }, organization: { names: ['CISSS de la Gaspésie', 'Chandler'] } });
const found = (text: string, params: Record<string, unknown> = {}) => covered(detect(clinicalReference, at(post(text)), params), text);

describe('clinical-reference', () => {
  it('takes a service visit to someone as a client reference, and living in a car or a refugee status as a situation', () => {
    expect(found('Follow-up visit this morning with an older man whose Parkinson\'s is getting worse.')).toEqual(['Parkinson']);
    expect(found('Visite à domicile chez une dame de Gaspé, son diabète est mal contrôlé.')).toEqual(['diabète']);
    expect(found('A young dad we support has been living in his van since October.')).toEqual(['living in his van']);
    expect(found('Mon usager vit dans sa voiture depuis l\'été.')).toEqual(['vit dans sa voiture']);
    expect(found('My client finally had her refugee hearing today, fingers crossed!')).toEqual(['refugee hearing']);
    // No one served: one's own life, or the news.
    expect(found('We paid a visit to my aunt who is living in her van for the summer, what a life!')).toEqual([]);
    expect(found('The article explains how refugee status is decided in Canada.')).toEqual([]);
    expect(found('Ma petite protégée de 7 ans est maintenant placée en famille d’accueil.')).toEqual(['placée en famille d’accueil']);
    expect(found('Spent the morning supporting a teenage boy who finally has a stable foster home.')).toEqual(['finally has a stable foster home']);
    expect(found('The council has found new foster carers for twenty children this year.')).toEqual([]);
    expect(found('Driving my favourite client to her dialysis tomorrow morning')).toEqual(['dialysis']);
    expect(found('Ma chère cliente a rechuté cette semaine')).toEqual(['rechuté']);
    // Diary style, the worker left out, and the people of one's round or day centre.
    expect(found('Accompanied a young mum to her custody hearing this morning.')).toEqual(['custody']);
    expect(found('The wee one on my caseload came in with bruises again.')).toEqual(['bruises']);
    expect(found('One of our regulars at the drop-in has stopped eating, worried.')).toEqual(['stopped eating']);
    expect(found('Took on a new case today, both parents using and the baby is 6 weeks old.')).toEqual(['parents using']);
    expect(found('My kids at school all have the flu again')).toEqual([]);
    expect(found('Drove a friend to her chemo today, love you Jen')).toEqual([]);
  });

  it('reads a client tagged in a worker\'s photo as the person the words are about, not a colleague', () => {
    const photoOf = (rosterId: string) => ({ ...post('first proper walk since the stroke 💪 so proud of this fella'), media: [{ type: 'photo', people: [{ rosterId }] }] });
    expect(detect(clinicalReference, at(photoOf('c1')))).toMatchObject([{ field: 'text', subjectId: 'c1', kind: 'clinical' }]);
    expect(detect(clinicalReference, at(photoOf('s2')))).toEqual([]);
  });

  it('takes a long wait for treatment as a situation, not waiting months to win a game', () => {
    expect(found('The lady I support has been waiting 6 months for a new wheelchair')).toEqual(['been waiting 6 months for']);
    expect(found("Kayla finally beat me at dominoes at the day centre, she's been waiting 6 months for that")).toEqual([]);
  });

  it('catches a client\'s clinical or case situation without a name, in English and French', () => {
    expect(found('One of my clients overdosed last night. Scary.')).toEqual(['overdosed']);
    expect(found('My client relapsed again after 90 days sober.')).toEqual(['relapsed', '90 days sober']);
    expect(found('Ma cliente a rechuté, retour en désintox.')).toEqual(['rechuté', 'désintox']);
    expect(found('The lady I support had a fall and was admitted to ward 7.')).toEqual(['a fall', 'admitted', 'ward 7']);
    expect(found("La petite qu'on a chez nous a une audience au tribunal mardi.")).toEqual(['audience', 'tribunal']);
    expect(found('A resident with dementia wandered off this morning; found safe.')).toEqual(['dementia', 'wandered off']);
  });

  it('knows a client by the shape of the sentence: a care verb, a service attended, a pronoun for one of one\'s own', () => {
    expect(found('Bless the lady I do the shopping for, she has dementia now')).toEqual(['dementia']);
    expect(found("He's one of mine and he relapsed last night")).toEqual(['relapsed']);
    expect(found("I've been supporting her since spring and she finally got her diagnosis")).toEqual(['diagnosis']);
    expect(found('A woman who comes to our Tuesday group lost her asylum appeal')).toEqual(['asylum']);
    expect(found('The family I\'m allocated to were evicted')).toEqual(['evicted']);
    expect(found('Une famille avec qui je travaille a été expulsée')).toEqual(['expulsée']);
    expect(found('The gent I do the weekly shop for is in hospital')).toEqual(['in hospital']);
    expect(found('My teatime call had a fall, the lady I check on after lunch is in tears')).toEqual(['a fall', 'in tears']);
    expect(found('La dame chez qui je passe le jeudi a fait une chute')).toEqual(['fait une chute']);
    expect(found('A bloke from the hostel got arrested outside Tesco')).toEqual(['arrested']);
    expect(found('A woman who stays at the refuge lost her tenancy appeal')).toEqual(['lost her tenancy']);
    expect(found('One of the families we serve had their asylum claim refused')).toEqual(['asylum', 'claim refused']);
    expect(found('The gentleman I sit with on Fridays has gone into hospital')).toEqual(['gone into hospital']);
    expect(found('Une dame à qui je rends visite a perdu son logement')).toEqual(['a perdu son logement']);
    expect(found('3am call-out for a toddler left alone in a flat. Police got there first')).toEqual(['left alone']);
    expect(found("Le monsieur qu'on voit à domicile vient de perdre sa femme")).toEqual(['vient de perdre sa']);
    expect(found('Drove one of my teens to his supervised visit with his dad')).toEqual(['supervised visit']);
    expect(found('A woman in my program finally got her divorce through')).toEqual(['divorce']);
    expect(found("On the phone with a foster mum at the end of her rope with one of my girls")).toEqual(['at the end of her rope']);
    expect(found("I'm at the end of my rope with this printer")).toEqual([]);
    expect(found('I sit with my grandma on Sundays, she has dementia')).toEqual([]);
    for (const text of ['My partner, the man I do everything for, had a fall off his bike', 'My morning call with the Toronto team was about the new surgery wing', 'Mon beau-père chez qui je vais souper a le cancer'])
      expect(found(text), text).toEqual([]);
    for (const text of ["She's one of my best friends and she's pregnant!", "I've been helping her pack, she's pregnant!", 'My friend who comes to our book club is pregnant'])
      expect(found(text), text).toEqual([]);
  });

  it('knows situations told by what fills the day: courts and orders, appointments and specialists, senses, staying off drink, medication refused, a landlord\'s threats', () => {
    expect(found('Spent the day in court with one of my families, the supervision order was renewed')).toEqual(['in court', 'supervision order']);
    expect(found('The boy I mentor saw the judge again this morning')).toEqual(['judge']);
    expect(found('Drove the man I support to his hospital appointment, he is partially sighted now')).toEqual(['his hospital appointment', 'partially sighted']);
    expect(found('Ma cliente voit enfin une ergothérapeute la semaine prochaine')).toEqual(['ergothérapeute']);
    expect(found('One of my guys has been off the drink for six weeks')).toEqual(['off the drink']);
    expect(found('Mon usager refuse ses médicaments depuis lundi')).toEqual(['refuse ses médicaments']);
    expect(found('The mum I support says her landlord is threatening to evict her')).toEqual(['her landlord', 'threatening to evict']);
    for (const text of [
      'Our clients can now book their appointment online',
      'The clients at my salon love the new ramp by the door',
      'One of my clients threatened to take her business elsewhere lol',
      'Stopped drinking for dry January, day 12!',
      'The judges at the bake sale loved my lemon drizzle',
    ]) expect(found(text), text).toEqual([]);
  });

  it('knows adversity by field: injury and birth, death, school discipline, police, money and housing, exploitation, leaving an abuser', () => {
    expect(found('The lad I keywork for came in with a broken nose and bruises')).toEqual(['broken nose', 'bruises']);
    expect(found("One of my mums had her twins at 30 weeks, they're in the NICU")).toEqual(['NICU']);
    expect(found('A resident I looked after for years passed away on Sunday')).toEqual(['passed away']);
    expect(found('The girl I mentor got excluded again, second time this month')).toEqual(['got excluded']);
    expect(found('Mon jeune a passé la nuit en cellule')).toEqual(['en cellule']);
    expect(found("My client's benefits have been sanctioned and her electric got cut off")).toEqual(['benefits have been sanctioned']);
    expect(found("A woman from my group hasn't been paid in two months, it's exploitation")).toEqual(["hasn't been paid", 'exploitation']);
    expect(found('One of my ladies finally left him, she and the kids are in a safe house')).toEqual(['finally left him', 'safe house']);
    expect(found('The boy I support has had a fever and vomiting since Sunday')).toEqual(['fever', 'vomiting']);
    for (const text of ['My nan passed away last week, thanks for the messages', 'Our baby girl was born at 34 weeks, tiny but mighty', 'Volunteered at the food bank with the residents association', 'Mon fils a été expulsé de l\'école, je suis découragée'])
      expect(found(text), text).toEqual([]);
  });

  it('knows situations in French and Welsh forms: birth family, thrown out, a suicide attempt, discharge, a removal order, a mutated operation', () => {
    expect(found("Mon jeune en famille d'accueil a revu sa mère après six mois")).toEqual(['a revu sa mère']);
    expect(found("La jeune que j'accompagne s'est fait mettre à la porte hier")).toEqual(['fait mettre à la porte']);
    expect(found('Un ado de mon caseload a tenté de mettre fin à ses jours')).toEqual(['mettre fin à ses jours']);
    expect(found("Ma jeune a eu son congé de l'hôpital")).toEqual(["congé de l'hôpital"]);
    expect(found('Une cliente a reçu sa lettre de renvoi ce matin')).toEqual(['lettre de renvoi']);
    expect(found('Mae dyn o Dregaron yn aros am lawdriniaeth, meddai wrthym')).toEqual(['lawdriniaeth']);
    expect(found('A woman in bay 6 had been waiting 14 hours for pain relief')).toEqual(['been waiting 14 hours for', 'pain relief']);
    for (const text of ["Ma grand-mère, 92 ans, a eu son congé de l'hôpital", 'My sister gave birth last night!!', 'Got my PIP back on appeal after 8 months'])
      expect(found(text), text).toEqual([]);
  });

  it('knows placements that move, a parent working to have a child back, memory lost and a placement hoped for', () => {
    expect(found("one of the teens on my caseload just got moved outta her 3rd foster placement since sept")).toEqual(['moved outta her 3rd foster placement']);
    expect(found("La maman de Kayla Brooks fait tellement d'efforts pour la ravoir à la maison")).toEqual(['pour la ravoir']);
    expect(found("Un de mes usagers a des pertes de mémoire, j'espère qu'il va être placé bientôt")).toEqual(['pertes de mémoire', 'va être placé bientôt']);
    for (const text of ['Moved out of my first apartment today!', "J'espère la ravoir avant Noël, ma vieille Honda", 'My memory issues are getting worse lol'])
      expect(found(text), text).toEqual([]);
  });

  it("hears a carer's 'one of my ladies' as a client, and takes named members of the public when `kinds` says so", () => {
    expect(found("one of my ladies told me today she's started cutting again since her mum passed")).toEqual(['started cutting again']);
    const publicRoster = [{ id: 'p1', name: 'Bethan Rowlands', kind: 'public' }];
    const patient = { activity: post('Thanks to Mrs Bethan Rowlands, who told us about her wait in A&E with a broken wrist.'), context: { roster: publicRoster } };
    expect(detect(clinicalReference, patient, { requireIdentifiable: true })).toEqual([]);
    expect(detect(clinicalReference, patient, { requireIdentifiable: true, kinds: ['client', 'public'] }).map((h) => h.subjectId)).toEqual(['p1', 'p1']);
  });

  it('knows abuse disclosed, an adoption, a no-contact order, a decline and a fracture, about the person one serves', () => {
    expect(found('the teen I work with finally disclosed what her stepdad did')).toEqual(['finally disclosed what']);
    expect(found("my client's husband showed up again even with the no-contact order")).toEqual(['no-contact order']);
    expect(found('the gentleman I visit on Tuesdays has gone downhill so fast, barely knows his own name now')).toEqual(['gone downhill', 'barely knows his own name']);
    for (const text of ['We adopted a rescue dog this weekend!', 'My dad went downhill fast after the flu', 'Broken wrist from skiing, ugh'])
      expect(found(text), text).toEqual([]);
  });

  it('takes distress told about the person one serves as their situation, but not a trade\'s customers', () => {
    expect(found('Ma jeune a emménagé seule hier, elle avait tellement peur de se retrouver seule')).toEqual(['avait tellement peur', 'se retrouver seule']);
    expect(found('Rough day, had to tell the lad I keywork that his room has been given to someone else')).toEqual(['Rough day', 'given to someone else']);
    expect(found('The mum I support is in a supervised flat now, heartbroken about the kids')).toEqual(['supervised flat', 'heartbroken']);
    for (const text of ['One of my clients at the salon was terrified of the new colour but loved it', 'My little one was so scared of the dentist', 'Tough one today at the gym, legs are jelly'])
      expect(found(text), text).toEqual([]);
  });

  it('counts a courtesy-titled name in a care setting, and a foster family\'s own words for a placed child', () => {
    expect(found('M. Dubé au CHSLD refuse encore ses pilules')).toEqual(['pilules']);
    expect(found('M. Dubé refuse encore ses pilules')).toEqual([]);
    const identifiable = { requireIdentifiable: true };
    const foster = (text: string): Situation => at(post(text, { author: { id: 'r1', role: 'contractor', profileText: "Famille d'accueil à Pabos" } }));
    const text = 'Notre grand de 9 ans, arrivé chez nous en avril, voit la psychologue chaque semaine';
    expect(covered(detect(clinicalReference, foster(text), identifiable), text)).toEqual(['psychologue']);
    expect(covered(detect(clinicalReference, at(post(text)), identifiable), text)).toEqual([]);
  });

  it('catches it about a client named from the roster, and says who', () => {
    const hits = detect(clinicalReference, at(post('Kayla relapsed again, back to detox on Monday.')));
    expect(hits.map((h) => [h.subjectId, h.kind])).toEqual([['c1', 'clinical'], ['c1', 'clinical']]);
    expect(found('Kayla Brooks got her PR card today!!')).toEqual(['got her PR']);
    expect(detect(clinicalReference, at(post('Julie Cyr lost custody of her son this week.'))).map((h) => h.subjectId)).toEqual(['f1']);
  });

  it('leaves alone the author\'s own health, staff news and health promotion', () => {
    for (const text of [
      'Back from my knee surgery, physio starts Monday!',
      'Had a meltdown at the grocery store lol, my own fault for skipping lunch.',
      'Mental health awareness week: depression is treatable, talk to someone.',
      'Our clinic offers free flu shots and diabetes screening.',
      'Tracy Boucher is back from surgery, welcome back!',
      'Nouveau : ateliers sur la dépression et l\'anxiété au CLSC de Chandler.',
    ]) expect(found(text), text).toEqual([]);
  });

  it('does not count writing to a client about their own care as publishing it, but does count naming another client', () => {
    const message = (text: string) => ({ action: 'message', channel: 'personal', text, target: { rosterId: 'c1' } });
    expect(detect(clinicalReference, at(message('Kayla, remember your meds and therapy at 3.')))).toEqual([]);
    expect(detect(clinicalReference, at(message('Amy missed her therapy again.'))).map((h) => h.subjectId)).toEqual(['c2']);
  });

  describe('requireIdentifiable (CISSS: only an usager who can be identified)', () => {
    const identifiable = { requireIdentifiable: true };

    it('needs a roster name, or a client reference with two kinds of clue', () => {
      expect(found('Ma cliente a rechuté, retour en désintox.', identifiable)).toEqual([]);
      expect(found('Ma cliente de 17 ans, Syrienne, a rechuté hier.', identifiable)).toEqual(['rechuté']);
      expect(found('Une usagère de 84 ans, veuve, vit seule à Pabos: chute hier soir.', identifiable)).toEqual(['chute']);
      expect(found('Kayla a rechuté.', identifiable)).toEqual(['rechuté']);
    });

    it('does not take a broad place or the organization\'s own name for a clue', () => {
      expect(found('Ma cliente de 17 ans a rechuté à Québec.', identifiable)).toEqual([]);
      expect(found('Ma cliente de 17 ans a rechuté à Chandler.', identifiable)).toEqual([]);
    });
  });

  it('reads what is liked or shared, not the post a comment answers', () => {
    const liked = 'My client overdosed again';
    expect(covered(detect(clinicalReference, at({ action: 'like', channel: 'personal', targetText: liked })), liked, 'targetText')).toEqual(['overdosed']);
    expect(detect(clinicalReference, at({ action: 'comment', channel: 'personal', text: 'So sad', targetText: liked }))).toEqual([]);
  });

  it('reports spans into the original text, accents and emoji before the hit', () => {
    expect(found('🎉🏳️‍🌈 Amélie Gagnon a été hospitalisée hier')).toEqual(['hospitalisée']);
  });

  it('rejects unknown params', () => {
    expect(clinicalReference.paramsSchema.safeParse({ requireIdentifiable: 'yes' }).success).toBe(false);
    expect(clinicalReference.paramsSchema.safeParse({ named: true }).success).toBe(false);
  });

  it('takes a child\'s removal into care as a case situation of the named family', () => {
    expect(found("Julie Cyr's son was taken into care.")).toEqual(['taken into care']);
  });

  it('does not take a general statement of the law or the policy for anyone\'s case situation', () => {
    expect(found("Pour un enfant suivi sous la LPJ, seul le tribunal peut autoriser la diffusion d'une information permettant d'identifier un enfant.")).toEqual([]);
    expect(found('Reminder: under the act, a client in care cannot be named online.')).toEqual([]);
    expect(found('La petite qu\'on a chez nous passe au tribunal mardi.')).toEqual(['tribunal']);
  });

  itIsRobust(clinicalReference, (text) => at(post(text)), {}, hugeText('My client Kayla 🎉 relapsed again, désintox à Chandler, 17 yrs old from Vanier. '));
});
