import { describe, expect, it } from 'vitest';
import { disparagement } from '../../../../src/engine/detectors/content/disparagement.js';
import { covered, detect, itIsRobust, post, type Situation } from '../run-detector.js';

const roster = [
  { id: 's1', name: 'Marie Roy', kind: 'staff' },
  { id: 's2', name: 'Tracy Boucher', kind: 'staff' },
  { id: 'p1', name: 'Dean Kirby', kind: 'public' },
];
const at = (activity: Record<string, unknown>): Situation => ({ activity, context: { roster }, organization: { names: ['Valoris'] } });
const found = (text: string, extra: Record<string, unknown> = {}) => covered(detect(disparagement, at(post(text, extra))), text);

describe('disparagement', () => {
  it('hears the organization’s head named as ours, and a "no wonder" aimed at the people served', () => {
    expect(found('Our CEO is clueless about what we do every day.')).toEqual(['clueless']);
    expect(found('The families we support never turn up, no wonder nothing changes for them.')).toEqual(['no wonder']);
    expect(found('No wonder the kids were tired after the school trip!')).toEqual([]);
    expect(found('The staff at that café don’t even bother to smile lol')).toEqual([]);
  });

  it('counts nurses and paramedics as the organization\'s people unless the pack says they are others\' (a CHC and the NHS)', () => {
    const text = 'the paramedics were useless and the handover was a joke';
    expect(found(text).length).toBeGreaterThan(0);
    expect(covered(detect(disparagement, at(post(text)), { careProfessions: 'outside' }), text)).toEqual([]);
  });

  it('catches negative judgements of the organization, its management and its decisions, in English and French', () => {
    expect(found("Management at Valoris is a joke, they have no idea what they're doing.")).toEqual(['a joke', 'no idea what']);
    expect(found('Valoris is running on fumes and management won\'t listen 🙄')).toEqual(['running on fumes', "won't listen", '🙄']);
    expect(found('La direction est incompétente, une vraie farce.')).toEqual(['incompétente', 'farce']);
    expect(found("Mon chef est le pire gestionnaire que j'ai eu.")).toEqual(['le pire']);
    expect(found('What a joke this new policy is.')).toEqual(['a joke']);
    expect(found('La réunion de ce matin était une vraie farce 🤡')).toEqual(['farce', '🤡']);
  });

  it('catches a worker caught out asleep or idle on shift, not thanks', () => {
    expect(found("SPOTTED l'infirmière de nuit qui fait des siestes pendant que les cloches sonnent 😴 on vous voit madame").length).toBeGreaterThan(0);
    expect(found("Les infirmières de nuit, on vous voit et on vous remercie ❤️")).toEqual([]);
  });

  it('catches a grievance told in idiom, without an insult', () => {
    expect(found('The office couldn\'t organise a raffle in a paper shop.')).toEqual(["couldn't organise a raffle in a"]);
    expect(found('The bosses only care about targets, not people.')).toEqual(['only care about targets']);
    expect(found('Honestly they don\'t care about the frontline here.')).toEqual(["don't care about the frontline"]);
    expect(found('I couldn\'t organise a party in a week, help me 😅')).toEqual([]);
  });

  it('catches conditions judged inhumane or untenable, and a grievance by insinuation', () => {
    expect(found('Les conditions au CHSLD sont rendues intenables, quelqu\'un doit dénoncer ça.')).toEqual(['intenables', "quelqu'un doit dénoncer"]);
    expect(found('Staffing on the ward is untenable and frankly inhumane.')).toEqual(['untenable', 'inhumane']);
    expect(found('Yet another \'exciting opportunity\' memo from head office. We all know what that means.')).toEqual(["'exciting opportunity'", 'We all know what that means']);
    for (const text of ['Les routes sont catastrophiques ce matin, soyez prudents', 'Mon équipe de hockey est lamentable cette année', 'The heat in the office is unbearable today', 'Opérée hier 🙃 merci aux infirmières du 3e'])
      expect(found(text), text).toEqual([]);
  });

  it('catches contempt in idiom and sarcasm about how staff are treated, in English and French', () => {
    expect(found("Valoris management wouldn't spot a problem if it bit them")).toEqual(['if it bit them']);
    expect(found('Head office treats frontline staff like dirt and wonders why everyone quits')).toEqual(['treats frontline staff like', 'why everyone quits']);
    expect(found('The bosses cut our hours while they hired two more directors. Cheers for that')).toEqual(['while they hired', 'Cheers for that']);
    expect(found('La direction vit sur une autre planète et s\'en lave les mains')).toEqual(['autre planète', "s'en lave les mains"]);
    expect(found('La direction nous traite comme des numéros, c\'est rendu ridicule')).toEqual(['comme des numéros', "c'est rendu ridicule"]);
    for (const text of ["Le prix de l'essence est rendu ridicule", "I couldn't organise a party if my life depended on it", 'Our manager treats us like family', 'My colleague has a clue for the crossword'])
      expect(found(text), text).toEqual([]);
  });

  it('catches grievances in French idiom and about what work makes staff do', () => {
    expect(found("L'urgence est gérée comme un dépanneur, aucune organisation")).toEqual(['gérée comme un dépanneur', 'aucune organisation']);
    expect(found('Mon chef me parle comme à un chien')).toEqual(['me parle comme à un chien']);
    expect(found('Work wants us to do 15 minute visits for people who need an hour. It\'s a disgrace')).toEqual(['a disgrace']);
    expect(found('Working with this charity is like herding cats, nothing ever gets decided')).toEqual(['herding cats', 'nothing ever gets decided']);
    for (const text of ["J'en peux plus de cette neige", 'Getting the kids ready is like herding cats', 'Mon chum est pas fiable pour les vidanges lol'])
      expect(found(text), text).toEqual([]);
  });

  it('catches judgements of colleagues and clients, named or not, but not the author\'s own self-mockery', () => {
    expect(found('My colleagues are lazy and useless.')).toEqual(['lazy', 'useless']);
    expect(found('Tracy Boucher is lazy and incompetent.')).toEqual(['lazy', 'incompetent']);
    expect(found('Valoris clients are a joke')).toEqual(['a joke']);
    expect(found('Marie Roy is useless at karaoke, as everyone knows.', { author: { id: 's1' } })).toEqual([]);
    expect(found("I'm lazy today, staying in bed.")).toEqual([]);
  });

  it('leaves criticism of outside targets alone: governments, cuts, the weather, traffic, sport', () => {
    for (const text of [
      'The provincial cuts are a disgrace.',
      'Le gouvernement est pourri avec ses coupures.',
      'The weather is a nightmare this week, but Valoris staff got everyone home safe.',
      'Traffic was a nightmare but the Valoris open house was great.',
      'The booking system is useless. Valoris staff were lovely though.',
      'Hockey game tonight was a disgrace, refs were clueless.',
      'Tracy Boucher is amazing, best colleague ever.',
      'Proud of my team at Valoris today!',
    ]) expect(found(text), text).toEqual([]);
  });

  it('does not flag a reminder of the policy that names what it forbids', () => {
    expect(found('Our policy: no derogatory or negative remarks about Valoris, colleagues or clients online.')).toEqual([]);
    expect(found("Rappel : « Ne pas émettre un commentaire désobligeant, vexant, médisant, blessant ou calomnieux à l'endroit d'un membre du personnel ou d'un usager de Valoris. »")).toEqual([]);
  });

  it('reads what is liked or shared, not the post a comment answers', () => {
    const liked = { action: 'like', channel: 'personal', targetText: 'Valoris management is a shambles, worst employer in Ottawa' };
    expect(covered(detect(disparagement, at(liked)), liked.targetText, 'targetText')).toEqual(['a shambles', 'worst employer']);
    const shared = { action: 'share', channel: 'personal', text: 'Read this', targetText: 'Valoris est une honte' };
    expect(covered(detect(disparagement, at(shared)), shared.targetText, 'targetText')).toEqual(['une honte']);
    expect(detect(disparagement, at({ action: 'comment', channel: 'personal', text: '👍', targetText: 'Valoris management is a shambles' }))).toEqual([]);
  });

  it('counts abuse of someone of the organization, named in the text or as the target', () => {
    expect(detect(disparagement, at(post('Tracy, you absolute clown, nobody asked you.'))).map((h) => h.kind)).toEqual(['insult', 'insult']);
    const reply = (rosterId: string) => ({ action: 'reply', channel: 'personal', text: 'Shut your mouth, nobody asked you', target: { rosterId } });
    expect(detect(disparagement, at(reply('s2'))).map((h) => h.kind)).toEqual(['insult', 'insult']);
    expect(detect(disparagement, at(reply('p1')))).toEqual([]);
    expect(detect(disparagement, at(post('Nobody asked you, you absolute clown.')))).toEqual([]);
  });

  it('reports spans into the original text, accents and emoji before the hit', () => {
    expect(found('🎉🏳️‍🌈 Équipe de Valoris: une honte.')).toEqual(['une honte']);
  });

  it('knows the organization by the context\'s names as well as the pack\'s', () => {
    const situation = { activity: post('The CISSS de la Gaspésie is a shambles.'), context: { organization: { name: 'CISSS de la Gaspésie' } } };
    expect(covered(detect(disparagement, situation), 'The CISSS de la Gaspésie is a shambles.')).toEqual(['a shambles']);
  });

  it('accepts no params', () => {
    expect(disparagement.paramsSchema.safeParse({ strict: true }).success).toBe(false);
  });


  it('hears a contracted partner named with linking words or by its first two words, not a common noun that starts its name', () => {
    const partners = [{ id: 'p1', name: 'Pharmacie Proxim New Richmond', kind: 'partner' }, { id: 'p2', name: 'Kirkby Community Transport', kind: 'partner' }];
    const of = (text: string) => covered(detect(disparagement, { activity: post(text), context: { roster: partners } }), text);
    expect(of("Encore la pharmacie Proxim de New Richmond, une vraie gang d'incompétents")).toEqual(["gang d'incompétents"]);
    expect(of('Ils sont même pas capables de livrer les bons piluliers, la pharmacie Proxim')).toEqual(['pas capables']);
    expect(of('je sais pas comment ils ont eu le contrat, la pharmacie Proxim')).toEqual(['je sais pas comment ils ont eu le contrat']);
    expect(of('Kirkby transport is a shambles again')).toEqual(['a shambles']);
    expect(of('Merci à la pharmacie Proxim pour les piluliers, super service!')).toEqual([]);
    expect(of('La pharmacie de garde est pas capable de répondre avant lundi')).toEqual([]);
    expect(of('Mon beau-frère est pas capable de monter un meuble')).toEqual([]);
  });

  it('hears a manager named by what they run as the organization’s, not a football club’s', () => {
    expect(found("the new area manager couldn't organise a raffle at a fete")).toEqual(["couldn't organise a raffle at a"]);
    expect(found("our service manager hasn't got a clue")).toEqual(["hasn't got a clue"]);
    expect(found("the Wrexham manager hasn't got a clue, 3-0 down")).toEqual([]);
  });

  itIsRobust(disparagement, (text) => at(post(text)));

  it('reads abuse in a reply as aimed at the colleague whose post it answers, named at its head', () => {
    const reply = (text: string, targetText: string) => detect(disparagement, at({ action: 'reply', channel: 'personal', text, targetText, author: { id: 's2', role: 'staff' } }));
    expect(reply('nobody can understand a word with that accent anyway 😂😂', 'Marie Roy: Quiz night on Friday?').length).toBeGreaterThan(0);
    expect(reply('nobody can understand a word with that accent anyway 😂😂', 'Dean Kirby: Quiz night on Friday?')).toEqual([]);
    expect(reply('count me in, see you there!', 'Marie Roy: Quiz night on Friday?')).toEqual([]);
    expect(reply('nobody can understand a word with that accent anyway 😂😂', 'Quiz night on Friday? Marie Roy: hosting')).toEqual([]);
  });
});
