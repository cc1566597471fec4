import { describe, expect, it } from 'vitest';
import { partisan } from '../../../../src/engine/detectors/content/partisan.js';
import { covered, detect, hugeText, itIsRobust, post } from '../run-detector.js';

const found = (text: string) => covered(detect(partisan, { activity: post(text) }), text);
const kinds = (text: string) => detect(partisan, { activity: post(text) }).map((h) => h.kind);

describe('partisan', () => {
  it('catches calls to vote and partisan hashtags, in English, French and Welsh', () => {
    expect(found('Time for a change: vote them out.')).toEqual(['Time for a change', 'vote them out']);
    expect(kinds('Vote NDP on June 2nd!')).toEqual(['call', 'party']);
    expect(found('Votez pour le candidat du PQ!')).toEqual(['Votez pour le candidat', 'PQ']);
    expect(found('Pleidleisiwch dros Blaid Cymru!')).toEqual(['Pleidleisiwch']);
    expect(found('#onpoli the cuts are a disgrace')).toEqual(['#onpoli']);
    expect(found('Like & share if you agree')).toEqual(['Like & share if you agree']);
  });

  it('catches a vote declared for a candidate by name when an election is in view, not a vote in a contest', () => {
    expect(found('📣 Le 4 juin, je vote Dominique Lalonde 🟠 Ensemble pour notre coin!')).toEqual(['je vote Dominique Lalonde']);
    expect(found('Le 4 juin, mon vote va à Marie Tremblay 🗳️')).toEqual(['mon vote va à Marie Tremblay']);
    expect(found("I'm voting for Sam Patel in the by-election on May 2")).toEqual(["I'm voting for Sam Patel"]);
    expect(found('#onvotenpd')).toEqual(['#onvotenpd']);
    expect(kinds('Je vote Marie-Ève Tremblay pour le prix du public au festival du film!')).toEqual([]);
    expect(kinds("I'm voting for Best Costume at the staff party")).toEqual([]);
    expect(kinds('Le 4 juin je vote, allez voter vous aussi! 🗳️')).toEqual([]);
  });

  it('with alongside, counts partisan opinion only where the text also voices one\'s profession', () => {
    const capacity = { alongside: 'professional-capacity' };
    const inCapacity = (text: string) => covered(detect(partisan, { activity: post(text) }, capacity), text);
    expect(inCapacity('As a social worker I say it plainly: the Tories have failed families.')).toEqual(['Tories']);
    expect(inCapacity("En tant qu'intervenante, je vous le dis: votez contre la CAQ.")).toEqual(['CAQ']);
    expect(inCapacity('Vote NDP on June 2nd!')).toEqual([]);
    expect(inCapacity('As a social worker I loved this documentary on the history of welfare')).toEqual([]);
    expect(partisan.paramsSchema.safeParse({ alongside: 'no-such-lexicon' }).success).toBe(false);
  });

  it('catches a party or politician named with a stance, in English and French', () => {
    expect(found('Doug Ford has failed our hospitals.')).toEqual(['Doug Ford']);
    expect(found('Legault a trahi les infirmières, honte à la CAQ.')).toEqual(['Legault', 'CAQ']);
    expect(found('Proud to support Plaid Cymru this election!')).toEqual(['Plaid Cymru']);
    expect(found('Labour has betrayed the NHS.')).toEqual(['Labour']);
    expect(found('The Conservatives voted against the health budget. Shame!')).toEqual(['Conservatives voted against', 'Conservatives']);
  });

  it('hears blame and wishes to see a government gone, in English and French', () => {
    for (const text of ["Honnêtement la CAQ a détruit le réseau de la santé, j'ai hâte qu'ils partent", "Ford's cuts to children's aid are a disgrace. Time for a new premier.",
      "Reform UK want to privatise the NHS. Don't let them."]) expect(kinds(text), text).not.toEqual([]);
    expect(kinds("Le premier ministre Legault a annoncé aujourd'hui un nouveau plan pour la santé.")).toEqual([]);
  });

  it('leaves neutral news and civic information alone', () => {
    for (const text of [
      'The Premier announced new funding for mental health today.',
      'Doug Ford announced new funding for mental health at the Ottawa hospital today.',
      'Reminder: election day is Thursday. Polls open 7am–10pm.',
      'Le jour du scrutin est le 6 octobre, informez-vous sur Élections Québec.',
      'The Labour Party conference is in Liverpool this week.',
      'Starmer, Farage and Badenoch debated on the BBC tonight.',
      'The NDP, Liberals and PCs all sent candidates to our forum on housing.',
      'Le débat des chefs : Legault, St-Pierre Plamondon et les autres ont parlé de santé.',
    ]) expect(found(text), text).toEqual([]);
  });

  it('does not flag a reminder of the nonpartisan policy', () => {
    expect(found('Our policy asks staff to protect the nonpartisan position of Valoris: no partisan opinions on social media.')).toEqual([]);
    expect(found('Rappel : notre politique interdit de prendre position pour un parti sur les médias sociaux.')).toEqual([]);
  });

  it('reads party names that are ordinary words only when capitalized', () => {
    for (const text of ['I love my green smoothie, great start to the day.', 'The reform of the waitlist is great news.', 'The liberal arts college is great.',
      'Our labour and delivery ward is a great team.']) expect(found(text), text).toEqual([]);
    expect(found('Honestly, the Greens are great on climate.')).toEqual(['Greens']);
  });

  it('reads what is liked or shared, and the post a short reply only agrees with, not one a reply answers with words of its own', () => {
    const liked = 'Vote Labour on May 7th! #votelabour';
    expect(covered(detect(partisan, { activity: { action: 'like', channel: 'personal', targetText: liked } }), liked, 'targetText')).toEqual(['Vote Labour', '#votelabour', 'Labour']);
    const shared = 'Doug Ford has failed our hospitals.';
    expect(covered(detect(partisan, { activity: { action: 'share', channel: 'personal', text: '👏', targetText: shared } }), shared, 'targetText')).toEqual(['Doug Ford']);
    expect(covered(detect(partisan, { activity: { action: 'comment', channel: 'personal', text: 'Well said 👏', targetText: shared } }), shared, 'targetText')).toEqual(['Doug Ford']);
    expect(detect(partisan, { activity: { action: 'comment', channel: 'personal', text: 'Interesting, I will read the report before I decide', targetText: shared } })).toEqual([]);
    expect(detect(partisan, { activity: { action: 'comment', channel: 'personal', text: "Well said? No, that's unfair", targetText: shared } })).toEqual([]);
  });

  it('reports spans into the original text, accents and emoji before the hit', () => {
    expect(found('🗳️🏳️‍🌈 Élection à Gaspé: votez CAQ!')).toEqual(['votez CAQ', 'CAQ']);
  });

  it('accepts no params', () => {
    expect(partisan.paramsSchema.safeParse({ country: 'ca' }).success).toBe(false);
  });

  it('reads neither a visit from one\'s representative nor a capitalized ordinary word as partisan', () => {
    expect(found('Our MPP came to visit the centre today.')).toEqual([]);
    expect(found("Notre députée a visité le CLSC aujourd'hui.")).toEqual([]);
    expect(found('Green spaces are great for mental health.')).toEqual([]);
    expect(found('Conservative estimates put the cost at $2M, which is a crisis.')).toEqual([]);
    expect(found('Labour ward is great')).toEqual([]);
  });

  it('reads a neutral get-out-the-vote as no partisan call', () => {
    expect(found('Le 6 octobre, votez pour le parti de votre choix!')).toEqual([]);
  });

  itIsRobust(partisan, (text) => ({ activity: post(text) }), {}, hugeText('Élection 🗳️: vote NDP, les Libéraux ont failli — Plaid Cymru, pleidleisiwch! '));
});

describe('partisan: parties known by their form, and calls to replace those in power', () => {
  const hits = (text: string) => detect(partisan, { activity: post(text) }).length > 0;

  it('takes "Parti X" and "the X Party" for a party where an election is in view', () => {
    for (const text of [
      'Le Parti Renouveau Ontario est le seul parti qui défend nos jeunes. Votez bien le 2 juin!',
      "Honte au Parti de l'Avenir pour ses coupures, votez contre eux!",
      'The Forward Together Party has failed our kids for 4 years. Vote them out on June 4!',
    ]) expect(hits(text), text).toBe(true);
  });

  it('catches a vote for change and getting rid of them on election day', () => {
    for (const text of ["Le 4 juin, on s'en débarrasse 🗳️", 'June 4th we kick them out, enough is enough', 'Votez pour le changement le 2 juin!']) {
      expect(hits(text), text).toBe(true);
    }
  });

  it('leaves alone "il est parti", a celebration called a party, and getting rid of a couch', () => {
    for (const text of [
      'Il est parti ce matin pour le chalet, la maison est tranquille 😌',
      'Parti tôt du bureau, direction la plage!',
      'Best Christmas Party ever with the team, thank you all!! 🎄',
      'Great Birthday Party for Mia today, love you baby girl 🎂',
      "Le vieux divan? on s'en débarrasse samedi, qui le veut?",
      'On a voté pour le changement de local du club de lecture, merci à toutes!',
      'Vote for your favourite costume at the Halloween Party!',
    ]) expect(hits(text), text).toBe(false);
  });
});
