import { describe, expect, it } from 'vitest';
import { rosterMention } from '../../../../src/engine/detectors/people/roster-mention.js';
import { detect, hugeText, itIsRobust, post, type Situation } from '../run-detector.js';
import { CLIENT_KINDS, ROSTER } from './roster.js';

const at = (activity: Record<string, unknown>): Situation => ({ activity, context: { roster: ROSTER } });
const clients = { kinds: CLIENT_KINDS };
/** `id:how:words` of each hit, read in the field it was found in. */
function found(activity: Record<string, unknown>, params: Record<string, unknown> = clients): string[] {
  const texts: Record<string, string | undefined> = {
    text: activity.text as string | undefined,
    targetText: activity.targetText as string | undefined,
    caption: (activity.media as { caption?: string }[] | undefined)?.[0]?.caption,
    profileText: (activity.author as { profileText?: string } | undefined)?.profileText,
  };
  return detect(rosterMention, at(activity), params).map((h) => `${h.subjectId}:${h.kind}:${texts[h.field ?? 'text']?.slice(h.span![0], h.span![1])}`);
}
const inPost = (text: string, params?: Record<string, unknown>) => found(post(text), params);

describe('roster-mention', () => {
  it('with replies, reads the post a comment or reply answers too, since replying raises what posting it would', () => {
    const target = 'Look who got her first job! Kayla Brooks, everyone';
    const replies = { ...clients, replies: true };
    expect(found({ action: 'comment', channel: 'personal', text: 'So proud of you!!', targetText: target }, replies)).toEqual(['c1:name:Kayla Brooks']);
    expect(found({ action: 'reply', channel: 'personal', text: 'Well deserved', targetText: target }, replies)).toEqual(['c1:name:Kayla Brooks']);
    expect(found({ action: 'comment', channel: 'personal', text: 'So proud of you!!', targetText: target })).toEqual([]);
    expect(found({ action: 'message', channel: 'personal', text: 'Saw the news!', targetText: target }, replies)).toEqual([]);
    // Kayla's own post naming herself: answering it names no one; sharing it spreads her name.
    const own = { targetText: "it's Kayla Brooks from the tuesday group, u coming?", target: { rosterId: 'c1' } };
    expect(found({ action: 'reply', channel: 'personal', text: 'see u there', ...own }, replies)).toEqual([]);
    expect(found({ action: 'share', channel: 'personal', ...own })).toEqual(['c1:name:Kayla Brooks']);
  });

  it('finds clients by full name, case, accents and one typo aside, by alias, handle and unambiguous first name', () => {
    expect(inPost('So proud of Kayla Brooks today, she passed her driving test!')).toEqual(['c1:name:Kayla Brooks']);
    expect(inPost('kayla brooks passed her test')).toEqual(['c1:name:kayla brooks']);
    expect(inPost('AMELIE GAGNON!! Bravo')).toEqual(['c2:name:AMELIE GAGNON']);
    expect(inPost('So proud of Kaila Brooks today')).toEqual(['c1:fuzzy:Kaila Brooks']);
    expect(inPost('Amy came by the office.')).toEqual(['c2:alias:Amy']);
    expect(inPost('Thanks @kayla_b for the photo!')).toEqual(['c1:handle:@kayla_b']);
    expect(inPost('Kayla passed her test!')).toEqual(['c1:first-name:Kayla']);
    expect(inPost('Amélie Gagnon et sa mère sont passées.')).toEqual(['c2:name:Amélie Gagnon']);
  });

  it('reads names written in styled letters (bold, fullwidth) as plain ones', () => {
    for (const text of ['So proud of 𝗞𝗮𝘆𝗹𝗮 𝗕𝗿𝗼𝗼𝗸𝘀 today', 'Ｋａｙｌａ Ｂｒｏｏｋｓ 🎉']) {
      expect(detect(rosterMention, at(post(text)), clients).map((h) => `${h.subjectId}:${h.kind}`), text).toEqual(['c1:name']);
    }
  });

  it('does not take a first name that is a common word for the client', () => {
    for (const text of ['Grace under pressure: our team handled the storm well.', 'Roses are red, the garden at the centre looks lovely.',
      'Hope to see you all at the BBQ.', 'Will you come to the meeting?']) expect(inPost(text), text).toEqual([]);
  });

  it('does not take the writer\'s own child or partner who shares a client\'s first name for the client', () => {
    expect(inPost('So proud of my daughter Kayla, she passed her test!')).toEqual([]);
    expect(inPost('Ma Kayla a fait ses premiers pas, maman est pas prête')).toEqual([]);
    expect(inPost('My Kayla is back with her maman after the placement')).toEqual(['c1:first-name:Kayla']);
    expect(inPost('my daughter Kayla Brooks')).toEqual(['c1:name:Kayla Brooks']);
  });

  it('counts only the roster kinds asked for, and never the author', () => {
    expect(inPost('Tracy Boucher ran the workshop with Kayla Brooks.')).toEqual(['c1:name:Kayla Brooks']);
    expect(inPost('Tracy Boucher ran the workshop with Kayla Brooks.', { kinds: ['staff'] })).toEqual(['s2:name:Tracy Boucher']);
    expect(found(post('Tracy Boucher here, ask me anything!', { author: { id: 's2' } }), { kinds: ['staff'] })).toEqual([]);
  });

  it('does not count writing to a client by their name, but does count naming someone else to them', () => {
    const message = (text: string) => ({ action: 'message', channel: 'personal', text, target: { rosterId: 'c1' } });
    expect(found(message('Kayla, see you at 3'))).toEqual([]);
    expect(found(message('Kayla, Amy says hi'))).toEqual(['c2:alias:Amy']);
  });

  it('with `strength: name-or-alias`, leaves out a lone first name', () => {
    expect(inPost('Kayla passed her test! Kayla Brooks rocks.', { kinds: CLIENT_KINDS, strength: 'name-or-alias' })).toEqual(['c1:name:Kayla Brooks']);
    expect(inPost('Owen helped at the fair', { kinds: ['volunteer'], strength: 'name-or-alias' })).toEqual([]);
    expect(inPost('Owen Price helped at the fair', { kinds: ['volunteer'], strength: 'name-or-alias' })).toEqual(['v1:name:Owen Price']);
  });

  it('tells a child under youth protection and the child\'s parents from everyone else (`youthProtection`)', () => {
    const text = 'Jayden Tremblay et Julie Tremblay sont venus, avec Kayla Brooks et Julie Cyr.';
    expect(inPost(text, { kinds: CLIENT_KINDS, youthProtection: 'only' })).toEqual(['y1:name:Jayden Tremblay', 'f1:name:Julie Tremblay']);
    expect(inPost(text, { kinds: CLIENT_KINDS, youthProtection: 'exclude' })).toEqual(['c1:name:Kayla Brooks', 'f2:name:Julie Cyr']);
    expect(inPost(text)).toHaveLength(4);
  });

  it('reads what is liked and captions by default, not the post a comment answers, and other `fields` when asked', () => {
    const race = 'Kayla Brooks won the race!';
    expect(found({ action: 'like', channel: 'personal', targetText: race })).toEqual(['c1:name:Kayla Brooks']);
    expect(found({ action: 'comment', channel: 'personal', text: 'Congrats!', targetText: race })).toEqual([]);
    expect(found({ action: 'comment', channel: 'personal', text: 'Congrats!', targetText: race }, { kinds: CLIENT_KINDS, fields: ['targetText'] })).toEqual(['c1:name:Kayla Brooks']);
    expect(found(post('Fun day', { media: [{ type: 'photo', caption: 'Kayla Brooks and me' }] }))).toEqual(['c1:name:Kayla Brooks']);
    const profile = { action: 'profile_update', channel: 'personal', author: { profileText: 'Proud mentor of Kayla Brooks' } };
    expect(found(profile)).toEqual([]);
    expect(found(profile, { kinds: CLIENT_KINDS, fields: ['profileText'] })).toEqual(['c1:name:Kayla Brooks']);
  });

  it('reports spans into the original text, accents and emoji before the hit', () => {
    expect(inPost('🎉🏳️‍🌈 Bravo Amélie Gagnon!')).toEqual(['c2:name:Amélie Gagnon']);
    expect(detect(rosterMention, at(post('🎉🏳️‍🌈 Bravo Amélie Gagnon!')), clients)[0]?.span).toEqual([15, 28]);
  });

  it('rejects unknown kinds and settings', () => {
    for (const params of [{}, { kinds: [] }, { kinds: ['boss'] }, { kinds: CLIENT_KINDS, youthProtection: 'maybe' }, { kinds: CLIENT_KINDS, strength: 'full' }]) {
      expect(rosterMention.paramsSchema.safeParse(params).success, JSON.stringify(params)).toBe(false);
    }
  });

  itIsRobust(rosterMention, (text) => at(post(text)), clients, hugeText('Amélie 🎉 and Kayla Brooks met Jayden Tremblay at the Hub café; Amy and @kayla_b too. '));
});
