import { describe, expect, it } from 'vitest';
import { weVoice } from '../../../../src/engine/detectors/voice/we-voice.js';
import { covered, detect, hugeText, itIsRobust, post, type Situation } from '../run-detector.js';

const at = (activity: Record<string, unknown>): Situation => ({ activity, organization: { names: ['IWSO'] } });
const found = (text: string) => covered(detect(weVoice, at(post(text))), text);

describe('we-voice', () => {
  it('catches "we" about the organization\'s work and events, in English and French', () => {
    expect(found('We had an amazing turnout at the job fair today!')).toEqual(['We']);
    expect(found("We're so proud of the newcomers who graduated from our program.")).toEqual(["We're", 'our']);
    expect(found('Join us for the open house on Friday!')).toEqual(['us']);
    expect(found("We're looking for volunteer drivers to take women to appointments!")).toEqual(["We're"]);
    expect(found('Nous avons eu une belle activité ce matin avec nos usagers.')).toEqual(['Nous', 'nos']);
    expect(detect(weVoice, at(post('Our clients are the best.')))).toEqual([{ field: 'text', span: [0, 3], kind: 'we' }]);
  });

  it('catches "our" before the kind of group or class a service runs, not a hobby group', () => {
    expect(found('Our new Somali-language parenting group starts Monday, tell your friends!')).toEqual(['Our']);
    expect(found('Our book club meets Thursday, bring snacks')).toEqual([]);
    expect(found('Our running group did 10k in the rain')).toEqual([]);
  });

  it('catches sign-ups for the service\'s own programs, in English and French, not a family event or a class one takes', () => {
    expect(found('We just opened registration for our evening English conversation circles 🗣️ Tuesdays 6-8pm, free, childminding on site.')).toEqual(['We', 'our']);
    expect(found('Nous avons ouvert les inscriptions pour nos ateliers de français du mardi soir.')).toEqual(['Nous', 'nos']);
    expect(found('We opened registration for our family reunion in July, cousins fill in the form!')).toEqual([]);
    expect(found('We just signed the kids up for swimming classes at the Y')).toEqual([]);
  });

  it('under a question naming the organization, catches "we" answering for it, not "we" about something else', () => {
    const reply = (text: string, targetText: string) => covered(detect(weVoice, at({ action: 'reply', channel: 'personal', text, targetText })), text);
    expect(reply('Yes we do! free résumé help every Tuesday, just drop in', 'does IWSO help with resumes??')).toEqual(['Yes we do']);
    expect(reply('Oui, on offre des ateliers le jeudi', "Est-ce qu'IWSO aide pour les CV?")).toEqual(['on offre des']);
    expect(reply('haha we should go together', 'Who is going to the IWSO gala?')).toEqual([]);
    expect(reply('Yes we do! every Tuesday', 'Does anyone know a good tailor?')).toEqual([]);
  });

  it('under a question naming the organization, catches "we" telling the program\'s logistics, not the family\'s "we"', () => {
    const reply = (text: string, targetText: string) => detect(weVoice, at({ action: 'comment', channel: 'personal', text, targetText })).length > 0;
    const q = 'Does IWSO still run the Saturday English conversation circle? my mom wants to join';
    for (const text of [
      "Yes!! we moved it to Tuesday evenings 6–8 this fall, we'd love to see you there 💜",
      'we still run it! just on Thursdays now 😊',
      'We meet every Wednesday at 10 in the big room, bring your mom!',
      'we switched the group to Monday mornings, see you there',
      "Oui! On l'a déplacé au mardi soir cet automne 💜",
      'On se réunit maintenant le jeudi matin, bienvenue!',
    ]) expect(reply(text, q), text).toBe(true);
    for (const text of [
      "we moved house last month so I can't make Saturdays anymore 😢",
      'we changed our minds about the trip, too cold lol',
      'we started learning English there in 2015, best decision ever',
      "we're moving to Kanata in March, so sad to leave the neighbourhood",
      'On a déménagé à Gatineau l’an passé, on s’ennuie de vous!',
    ]) expect(reply(text, q), text).toBe(false);
    expect(reply("we moved it to Tuesday evenings, we'd love to see you there", 'Does anyone know a good tailor?')).toBe(false);
  });

  it('catches "we" in a sentence naming the organization', () => {
    expect(found('We at IWSO believe in you.')).toEqual(['We']);
    expect(found('Fellow social workers: we at IWSO are hiring!')).toEqual(['we']);
  });

  it('leaves alone the profession\'s "we" in a post addressed to it', () => {
    expect(found('A reminder to my fellow settlement & counselling folks: boundaries protect our clients AND us 💜')).toEqual([]);
    expect(found('To all the social workers out there: our clients deserve our best. #socialwork')).toEqual([]);
  });

  it('leaves alone "we" about one\'s family and weekend, and "we" in another sentence than the organization', () => {
    for (const text of ['We went hiking this weekend, beautiful views.', 'Our family had a great Thanksgiving.', 'We love our dog.',
      'Notre fin de semaine au chalet était parfaite.', 'IWSO is hosting a talk tonight. We were there last year.']) expect(found(text), text).toEqual([]);
  });

  it('reads only the person\'s own post', () => {
    expect(detect(weVoice, at({ action: 'share', channel: 'personal', text: 'Great', targetText: 'We had an amazing turnout at our event' }))).toEqual([]);
  });

  it('reports spans into the original text, accents and emoji before the hit', () => {
    expect(found('🎉🏳️‍🌈 Été: nous avons eu une belle activité!')).toEqual(['nous']);
  });

  it('accepts no params', () => {
    expect(weVoice.paramsSchema.safeParse({ strict: true }).success).toBe(false);
  });

  itIsRobust(weVoice, (text) => at(post(text)), {}, hugeText('Été 🎉: we ran our workshop at IWSO, nous avons eu une activité avec nos usagers! '));
});
