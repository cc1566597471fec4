/**
 * Affiliation and account classes found with shadow-19 and shadow-20, each read from the policy rather
 * than one case's wording: a view told from one's work under a profile naming IWSO (6.7.3), a broadcast
 * producer's invitation as a media request (6.7.8), a CHC member gathering experience of a health service
 * or inviting it in person to pass on (Business use), the hospitals of NHS Wales by name, a class as a
 * group of people rather than a programme announced, and a friend's plans on an agency account (A-601 §2).
 */
import { describe, expect, it } from 'vitest';
import { screen } from '../screen.js';

const iwso = { organization: { name: 'Immigrant Women Services Ottawa', aliases: ['IWSO'], emailDomains: [] }, roster: [{ id: 's1', name: 'Sam Author', kind: 'staff' }] };
const chc = { organization: { name: 'Board of Community Health Councils in Wales', aliases: ['CHC', 'CHCs'], emailDomains: [] }, roster: [{ id: 's1', name: 'Sam Author', kind: 'volunteer' }] };
const author = (profileText: string, role = 'staff') => ({ id: 's1', role, identifiesAffiliation: true, profileText });
const personal = (text: string, profileText: string, extra: Record<string, unknown> = {}) => ({ action: 'post', channel: 'personal', platform: 'facebook', language: 'en', text, author: author(profileText), ...extra });
const ruleIds = (r: { findings: readonly { rule: string }[] }) => [...new Set(r.findings.map((f) => f.rule))];

describe('IWSO 6.7.3: a view told from the work, under a profile that names IWSO', () => {
  it('warns without a disclaimer', () => {
    for (const text of [
      'I hear from so many women who have waited five years or more for social housing in this city.',
      'The women I support wait months for an interpreter at the hospital. This has to change.',
      'I meet so many newcomers who can\'t find a family doctor in Ottawa.',
    ]) expect(ruleIds(screen('iwso', personal(text, 'Settlement counsellor @ IWSO'), iwso))).toEqual(['iwso/views-are-my-own']);
  });

  it('stays clean with a disclaimer, an unrelated view, or a profile that does not name IWSO', () => {
    expect(screen('iwso', personal('I hear from so many women who have waited years for social housing.', 'Settlement counsellor @ IWSO - views are my own'), iwso).verdict).toBe('allow');
    expect(screen('iwso', personal('I see so many moms at the park every morning, love this neighbourhood', 'Settlement counsellor @ IWSO'), iwso).verdict).toBe('allow');
    expect(screen('iwso', personal('Waited 3 hours for the bus today. Ottawa transit is a joke', 'Settlement counsellor @ IWSO'), iwso).verdict).toBe('allow');
    expect(screen('iwso', personal('I hear from so many women who have waited years for social housing.', 'Gardener and cat mom'), iwso).verdict).toBe('allow');
  });
});

describe('IWSO 6.3: "our class" as the people in it, not a programme announced', () => {
  it('does not read a class doing something together as the organization speaking', () => {
    expect(screen('iwso', personal('Our Tuesday conversation class baked bread together today, so much laughter', 'ESL instructor at IWSO - views are my own'), iwso).verdict).toBe('allow');
    expect(screen('iwso', personal('Our evening English class had a potluck tonight 💜', 'ESL instructor at IWSO - views are my own'), iwso).verdict).toBe('allow');
  });

  it('still reads a programme announced or reported in "we" as the organization', () => {
    expect(ruleIds(screen('iwso', personal('Our new conversation class starts Monday, free, tell your friends!', 'ESL instructor at IWSO - views are my own'), iwso))).toEqual(['iwso/first-person-voice']);
    expect(ruleIds(screen('iwso', personal('Our Thursday conversation class made it to 30 women this week!', 'ESL instructor at IWSO - views are my own'), iwso))).toEqual(['iwso/first-person-voice']);
  });
});

describe('IWSO 6.7.8: a broadcast producer or host inviting a guest is the media', () => {
  const reply = (text: string, targetText: string) => screen('iwso', { ...personal(text, 'Counsellor, IWSO - views mine'), action: 'reply', targetText }, iwso);

  it('needs the Executive Director\'s approval', () => {
    expect(reply('omg yes what time?', 'Hi, I produce the morning show on CKCU. Loved your post about IWSO waitlists - could you come on Thursday?').verdict).toBe('needs_approval');
    expect(reply('yes!', 'I host a weekly podcast about newcomers - loved your thread on IWSO, could you be on the show Tuesday?').verdict).toBe('needs_approval');
    expect(reply('count me in', "We'd love to have someone from IWSO on air next week").verdict).toBe('needs_approval');
  });

  it('leaves a show one watched or a host of a party alone', () => {
    expect(reply('haha yes I watched it too', 'Did you catch the morning show today? so funny').verdict).toBe('allow');
    expect(reply('congrats!!', 'I host a dinner party every Friday, come by!').verdict).toBe('allow');
  });
});

describe('CHC Business use: gathering experience of a health service as a member', () => {
  const post = (text: string, profileText = 'Volunteer member, CTM CHC') => screen('chc-wales', { ...personal(text, profileText), author: author(profileText, 'volunteer') }, chc);

  it('needs the Chief Officer\'s approval', () => {
    expect(post("Hello everyone, I volunteer with Cwm Taf Morgannwg CHC and I'm collecting people's experiences of ambulance waits in the Rhondda.").verdict).toBe('needs_approval');
    expect(post("I'm gathering people's experiences of maternity care at the Royal Glamorgan, please message me").verdict).toBe('needs_approval');
    expect(post("On the stall at the market Saturday for North Wales CHC, struggling to find a dentist? come and tell me, I'll pass it all on").verdict).toBe('needs_approval');
    expect(post("Stall at Bangor market Friday, come and tell us and we'll feed it back").verdict).toBe('needs_approval');
  });

  it('leaves collecting anything else alone', () => {
    expect(post("I'm collecting stamps again, any old ones come and tell me!", 'Volunteer member, CTM CHC - views my own').verdict).toBe('allow');
    expect(post("I'm collecting experiences of travelling in Japan for my blog", 'Volunteer member, CTM CHC - views my own').verdict).toBe('allow');
  });
});

describe('CHC Personal use: the hospitals of NHS Wales by name are health services', () => {
  const post = (text: string) => screen('chc-wales', { ...personal(text, 'Volunteer member, Betsi Cadwaladr CHC'), author: author('Volunteer member, Betsi Cadwaladr CHC', 'volunteer') }, chc);

  it('asks a member to say the views are their own', () => {
    expect(ruleIds(post('£4 to park for one hour at Glan Clwyd while visiting Mam. Daylight robbery'))).toEqual(['chc-wales/views-are-personal']);
    expect(ruleIds(post('Four hours in the queue at Wrexham Maelor with Dad today'))).toEqual(['chc-wales/views-are-personal']);
    expect(ruleIds(post('Hospital parking charges are a scandal'))).toEqual(['chc-wales/views-are-personal']);
  });

  it('leaves places and parking that are not a hospital alone', () => {
    expect(post('Lovely walk along the beach at Morfa today').verdict).toBe('allow');
    expect(post('Parking in town is a nightmare on Saturdays').verdict).toBe('allow');
  });
});

describe('Valoris A-601 §2: a friend\'s plans on an agency account are personal use', () => {
  const valoris = { organization: { name: 'Valoris', aliases: [], emailDomains: [] }, roster: [{ id: 's5', name: 'Olivier Dion', kind: 'staff' }], accounts: [{ id: 'fb', platform: 'facebook', holder: 'communications', postingAllowed: false, purpose: 'clinical-support' }], grants: [{ accountId: 'fb', personId: 's5', from: '2026-11-01', until: '2026-12-04', approvedByRole: 'supervisor' }] };
  const message = (text: string) => screen('valoris', { action: 'message', channel: 'official', platform: 'facebook', accountId: 'fb', language: 'en', text, author: { id: 's5', role: 'staff', identifiesAffiliation: true } }, valoris);

  it('blocks', () => {
    expect(message("lol it's me, on the work account 🙈 are we still on for wings friday at 7?").categories).toEqual(['account-governance']);
    expect(message('hey are we still on for pizza saturday?').categories).toEqual(['account-governance']);
    expect(message('sorry, my phone died so messaging from here').categories).toEqual(['account-governance']);
  });

  it('leaves the agency\'s own messages alone', () => {
    expect(message('Hi, this is Olivier from Valoris, confirming our meeting with you and your worker Friday at 7.').verdict).toBe('allow');
  });
});
