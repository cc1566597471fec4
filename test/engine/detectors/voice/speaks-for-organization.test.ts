import { describe, expect, it } from 'vitest';
import { speaksForOrganization } from '../../../../src/engine/detectors/voice/speaks-for-organization.js';
import { covered, detect, hugeText, itIsRobust, post, type Situation } from '../run-detector.js';

const organization = { names: ['CHC', 'Hywel Dda CHC', 'Community Health Council'] };
const at = (activity: Record<string, unknown>): Situation => ({ activity, organization });
const found = (text: string, params: Record<string, unknown> = {}) => covered(detect(speaksForOrganization, at(post(text)), params), text);
const kinds = (text: string, params: Record<string, unknown> = {}) => detect(speaksForOrganization, at(post(text)), params).map((h) => h.kind);

describe('speaks-for-organization', () => {
  it('catches acting in the organization\'s capacity: on its behalf, its position, gathering views for it', () => {
    expect(found('On behalf of the CHC, thank you to everyone who came.')).toEqual(['On behalf of']);
    expect(found('We at the CHC want to hear about your hospital stay.')).toEqual(['We at the CHC want to hear']);
    expect(found('We at IWSO just started a Saturday conversation circle, come through!')).toEqual([]);
    expect(found('Have your say on local health services: fill in our survey!')).toEqual(['Have your say', 'fill in our survey']);
    expect(found('Our official position is that the ward must stay open.')).toEqual(['official position']);
    expect(found('Representing the CHC at the Senedd today!')).toEqual(['Representing']);
    expect(found('Trust me, the new ward is great.')).toEqual(['Trust me']);
    expect(kinds('On behalf of the CHC')).toEqual(['capacity']);
  });

  it('catches views gathered for the body\'s visit or report', () => {
    expect(found("We'll be visiting Ysbyty Alltwen next month: message me your experiences of the ward and I'll feed them into our visit")).toEqual(["We'll be visiting Ysbyty", 'message me your experiences of', "I'll feed them into our visit"]);
    expect(found('Message me your thoughts on the new film, I loved it')).toEqual([]);
    expect(found("I volunteer with the CHC and we're pulling together a report on ambulance waits in the Rhondda. Send me a message and I'll make sure it's passed on to the CHC.")).toEqual(["we're pulling together a report on ambulance waits", "I'll make sure it's passed on to the CHC", 'I volunteer with']);
    expect(found("We're gathering experiences of A&E waits for our report to the health board")).toEqual(["We're gathering experiences of A&E waits for our report to the health board"]);
    expect(found("We're doing a survey of the birds in our garden for the RSPB count")).toEqual([]);
    expect(found("Found a set of keys outside Tesco, message me and I'll make sure they get passed on")).toEqual([]);

  });

  it('catches introducing oneself as the organization\'s member, in English and French', () => {
    expect(found("I'm a volunteer member of Hywel Dda CHC and we're gathering views on GP access.")).toEqual(["we're gathering views", "I'm a volunteer member of"]);
    expect(kinds("I'm a volunteer member of Hywel Dda CHC and we're gathering views on GP access.")).toEqual(['capacity', 'self-introduction']);
    expect(found('As a board member of the CHC I can tell you the ward is full.')).toEqual(['As a board member of']);
    expect(found('Je suis membre du CHC et je vous invite à répondre au sondage.')).toEqual(['Je suis membre du']);
  });

  it('does not take someone else\'s membership, or another introduction, for speaking for it', () => {
    for (const text of ['My cousin is a member of the CHC.', 'I am a nurse. Went to the CHC meeting.', "I'm a member of the tennis club, see you Saturday."]) {
      expect(found(text), text).toEqual([]);
    }
  });

  it('leaves self-introductions alone with `selfIntroduction: false`, where the policy asks staff to introduce themselves', () => {
    expect(found('As a board member of the CHC I can tell you the ward is full.', { selfIntroduction: false })).toEqual([]);
    expect(kinds("I'm a volunteer member of Hywel Dda CHC and we're gathering views on GP access.", { selfIntroduction: false })).toEqual(['capacity']);
  });

  it('reads only the person\'s own post', () => {
    expect(detect(speaksForOrganization, at({ action: 'share', channel: 'personal', text: 'Go!', targetText: 'On behalf of the CHC: have your say' }))).toEqual([]);
    expect(detect(speaksForOrganization, at(post('Hello', { author: { profileText: 'Representing the CHC' } })))).toEqual([]);
  });

  it('reports spans into the original text, accents and emoji before the hit', () => {
    expect(found('🎉🏳️‍🌈 Été: au nom du CHC, merci!')).toEqual(['au nom du']);
  });

  it('rejects unknown params', () => {
    expect(speaksForOrganization.paramsSchema.safeParse({ selfIntroduction: 'no' }).success).toBe(false);
    expect(speaksForOrganization.paramsSchema.safeParse({ capacity: true }).success).toBe(false);
  });

  it('does not count an introduction as a member of something else when the organization comes after a break or a conjunction', () => {
    expect(found("I'm a member of the gym and the CHC meeting is tonight.")).toEqual([]);
    expect(found("I'm a volunteer at the food bank; the CHC is hosting a talk.")).toEqual([]);
    expect(found("I'm a volunteer member of the local CHC, come and say hello")).toEqual(["I'm a volunteer member of"]);
    expect(found('I work for the CHC in Gwent, we can help you complain')).toEqual(['I work for']);
    expect(found('I work for the health board and the CHC visited us today.')).toEqual([]);
    expect(found('I work at Tesco; the CHC is hosting a talk.')).toEqual([]);
    expect(found("I'm a CHC volunteer and I'm collecting views on the new ambulance hub")).toEqual(["I'm a CHC volunteer"]);
  });

  it('reads the mutated Welsh "have your say"', () => {
    expect(found('Dewch i ddweud eich dweud am eich meddyg teulu.')).toEqual(['ddweud eich dweud']);
  });

  itIsRobust(speaksForOrganization, (text) => at(post(text)), {}, hugeText("Été 🎉: I'm a volunteer member of the CHC, on behalf of the CHC we want to hear — diolch! "));
});
