/**
 * Context, account and voice classes read from the policies after shadow-21/22: a search on an agency
 * account is not monitoring, a family tie shows a client is known other than through the CHC, the
 * person's own log-in asked for, a visit with a parent rearranged with the client, a paid page for a
 * third party, "my org" under a post about its gala, "I work for the CHC" offering its help, a car
 * parked up outside a shop, and the same appeal reworded a third time.
 */
import { describe, expect, it } from 'vitest';
import { repetition } from '../../../src/engine/detectors/account/repetition.js';
import { detect, post } from '../detectors/run-detector.js';
import { screen } from '../screen.js';

const verdict = (r: { verdict: string; categories: string[] }) => `${r.verdict}:${r.categories.join('+')}`;

describe('Valoris agency accounts: a search is not monitoring (A-601 §2)', () => {
  const context = (grant: boolean) => ({
    roster: [{ id: 'f1', name: 'Marc Brisebois', kind: 'client-family' }, { id: 's1', name: 'Alex Staff', kind: 'staff' }],
    accounts: [{ id: 'fb-1', platform: 'facebook', holder: 'communications', postingAllowed: false, purpose: 'clinical-support' }],
    grants: grant ? [{ accountId: 'fb-1', personId: 's1', from: '2026-11-20', until: '2026-11-28', approvedByRole: 'supervisor' }] : [],
  });
  const act = (action: string, grant: boolean) =>
    verdict(screen('valoris', { action, channel: 'official', accountId: 'fb-1', target: { rosterId: 'f1' }, text: 'Marc Brisebois Hawkesbury', author: { id: 's1', role: 'staff' } }, context(grant)));

  it('asks the supervisor for a search without a grant, and allows it within one', () => {
    expect(act('search', false)).toBe('needs_approval:account-governance');
    expect(act('search', true)).toBe('allow:');
  });

  it('still blocks following or friending a client\'s relative as monitoring', () => {
    expect(act('follow', true)).toBe('block:client-contact');
    expect(act('friend_request', true)).toBe('block:client-contact');
  });
});

describe('CHC Appendix B: a relative is known other than through the CHC', () => {
  const context = { roster: [{ id: 'p1', name: 'Sioned Williams', kind: 'client' }, { id: 's1', name: 'Ffion Williams', kind: 'staff' }] };
  const message = (text: string, action = 'message') =>
    verdict(screen('chc-wales', { action, channel: 'personal', target: { rosterId: 'p1' }, text, author: { id: 's1', role: 'staff', identifiesAffiliation: false } }, context));

  it('lets a message that shows a family tie through', () => {
    expect(message('cuz!! saw Nain at chapel sunday, she says ur coming up for Christmas? bring the dog x')).toBe('allow:');
    expect(message('our mam says tea is at 5 on Sunday, you coming?')).toBe('allow:');
    expect(message('hiya cousin, happy birthday!! 🎂')).toBe('allow:');
  });

  it('still blocks contact with a patient known only through the CHC, "cuz" for "because" included', () => {
    expect(message('hi Sioned, sorry cuz I was out when you rang, shall we meet for a coffee?')).toBe('block:client-contact');
    expect(message('lovely to meet you at the hearing, add me on here x')).toBe('block:client-contact');
    expect(message('', 'friend_request')).toBe('block:client-contact');
  });
});

describe('IWSO 8: obtaining another user\'s log-in', () => {
  const message = (text: string) => verdict(screen('iwso', { action: 'message', channel: 'personal', text, author: { id: 's1', role: 'contractor', identifiesAffiliation: false } }));

  it('blocks asking for the person\'s own log-in or password', () => {
    expect(message('hey can u send me ur IWSO login?? mine\'s locked and IT is off till Monday')).toBe('block:account-governance');
    expect(message('could I borrow your password for the shared drive, just for today')).toBe('block:account-governance');
    expect(message('peux-tu m\'envoyer ton mot de passe? le mien est bloqué')).toBe('block:account-governance');
    expect(message('envoie-moi ton mot de passe stp, le mien est bloqué')).toBe('block:account-governance');
  });

  it('allows asking for a link, notes or the reset page', () => {
    expect(message('can u send me ur notes from the intake meeting?')).toBe('allow:');
    expect(message('send me your login page link, the bookmark is broken')).toBe('allow:');
  });
});

describe('Valoris: a visit with a parent rearranged with the client on a personal account is casework', () => {
  const context = { roster: [{ id: 'c7', name: 'Jordan Pilon', aliases: ['Jordan'], kind: 'client' }, { id: 'p1', name: 'Sam Friend', kind: 'public' }] };
  const message = (to: string, text: string) => screen('valoris', { action: 'message', channel: 'personal', target: { rosterId: to }, text, author: { id: 's1', role: 'staff', identifiesAffiliation: false } }, context);

  it('blocks the arrangement', () => {
    expect(message('c7', 'ta visite avec ton père est déplacée à jeudi 16 h au bureau de Rockland').categories).toContain('account-governance');
    expect(message('c7', 'your visit with your mom is moved to Thursday at 4').categories).toContain('account-governance');
  });

  it('leaves a friend asking how a visit went', () => {
    expect(verdict(message('p1', 'comment ça s\'est passé avec ton père jeudi? x'))).toBe('allow:');
    expect(verdict(message('p1', 'ta visite avec ta mère s\'est bien passée?'))).toBe('allow:');
  });
});

describe('IWSO 6.7.7: a paid page for a third party', () => {
  const say = (text: string) => verdict(screen('iwso', { action: 'post', channel: 'personal', text, author: { id: 's1', role: 'staff', identifiesAffiliation: true } }));

  it('asks the Executive Director about it, however the "paid" is dressed', () => {
    expect(say("guess who's the new (paid!! 💸) social media girlie for the Ottawa Somali Women's Radio Hour")).toBe('needs_approval:endorsement');
    expect(say('I am the new paid insta manager for the Glebe bakery 🥐')).toBe('needs_approval:endorsement');
  });

  it('leaves a volunteer role or a paid job that is no page', () => {
    expect(say('guess who is the new volunteer social media person for our church bake sale')).toBe('allow:');
    expect(say('new (paid!!) internship at the library starting Monday 🎉')).toBe('allow:');
  });
});

describe('IWSO 6.7.3: owning the organization in a reply to a post about it', () => {
  const author = (profileText: string) => ({ id: 's1', role: 'staff', identifiesAffiliation: true, profileText });
  const reply = (text: string, targetText: string, profileText = 'Youth worker @ IWSO') =>
    verdict(screen('iwso', { action: 'reply', channel: 'personal', text, targetText, author: author(profileText) }, { organization: { name: 'Immigrant Women Services Ottawa', aliases: ['IWSO'] } }));

  it('reads "my org" under a camel-cased hashtag of the name', () => {
    expect(reply('that gala was 🔥🔥 so proud of my org fr', 'What a night at the #IWSOGala 💜 $85K raised!')).toBe('warn:affiliation-disclosure');
    expect(reply('so proud of my org fr', 'What a night at the #IWSOGala 💜', 'Youth worker @ IWSO | views my own')).toBe('allow:');
  });

  it('leaves a hashtag that is another word, and a reply that owns nothing', () => {
    expect(reply('so proud of my org fr', 'What a night at the #iwsogalaxy party')).toBe('allow:');
    expect(reply('that gala was 🔥🔥 the dabke at the end tho 😂', 'What a night at the #IWSOGala 💜')).toBe('allow:');
  });
});

describe('CHC: "I work for the CHC" is participating in a CHC capacity', () => {
  const comment = (text: string) =>
    verdict(screen('chc-wales', { action: 'comment', channel: 'personal', text, targetText: 'Anyone else been fobbed off by their GP surgery??', author: { id: 's1', role: 'staff', identifiesAffiliation: true, profileText: 'Complaints Advocate' } }, { organization: { name: 'Board of Community Health Councils in Wales', aliases: ['CHC', 'CHCs'] } }));

  it('asks the Chief Officer', () => {
    expect(comment("hiya, I work for the CHC in Gwent, we can help u make a complaint, it's free")).toBe('needs_approval:affiliation-disclosure');
  });

  it('leaves work for someone else', () => {
    expect(comment('I work for a dentist in Newport and honestly the waits are everywhere, views my own')).toBe('allow:');
    expect(comment('I work at the big Tesco, and mine took 3 weeks too, views my own')).toBe('allow:');
  });
});

describe('CHC: where one has parked is not essential', () => {
  const official = (text: string) =>
    verdict(screen('chc-wales', { action: 'post', channel: 'official', accountId: 'ig', text, language: 'en', author: { id: 's1', role: 'communications-delegate', identifiesAffiliation: true } }, {
      accounts: [{ id: 'ig', platform: 'instagram', holder: 'communications', postingAllowed: true, purpose: 'communications' }],
    }));

  it('warns about a car parked up outside a shop, in English or Welsh', () => {
    expect(official('On the way to Flint! Parked up outside the Co-op on Church St if anyone fancies saying hi')).toContain('location-disclosure');
    expect(official("Wedi parcio tu allan i'r Co-op ar Stryd yr Eglwys")).toContain('location-disclosure');
  });

  it('leaves parking information for the public', () => {
    expect(official('Public meeting in Flint library on Tuesday at 6pm. Free parking is available behind the library.')).not.toContain('location-disclosure');
  });
});

describe('repetition: the same appeal reworded again and again', () => {
  const at = (time: string) => `2026-11-21T${time}:00-05:00`;
  const repeats = (text: string, recent: string[]) =>
    detect(repetition, { activity: post(text, { action: 'comment' }), context: { recentPosts: recent.map((t, i) => ({ text: t, at: at(`09:${10 + i * 10}`)})) } });
  const appeals = ['Allez voter pour la Maison des jeunes de Gaspé svp 🙏 lien dans ma bio', 'VOTEZ pour la Maison des jeunes de Gaspé!! 🙏 lien dans ma bio'];

  it('catches a third wording of the appeal', () => {
    // As a series of rewordings, or as the second wording kept whole in the third: either way, one repeat.
    const hits = repeats('Venez voter pour la Maison des jeunes de Gaspé!!! 🙏 le lien est dans ma bio', appeals);
    expect(hits).toHaveLength(1);
    expect(['series', 'repeat']).toContain(hits[0]?.kind);
  });

  it('leaves a second wording, and a follow-up with news', () => {
    expect(repeats('Venez voter pour la Maison des jeunes de Gaspé!!! 🙏 le lien est dans ma bio', appeals.slice(0, 1))).toEqual([]);
    expect(repeats('Merci! La Maison des jeunes de Gaspé est finaliste, résultats vendredi au souper spaghetti', appeals)).toEqual([]);
  });
});
