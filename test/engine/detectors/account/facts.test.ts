import { describe, expect, it } from 'vitest';
import { always, anonymousContent, organizationEmail, workplaceMedia } from '../../../../src/engine/detectors/account/facts.js';
import { detect, itIsRobust, post, type Situation } from '../run-detector.js';

describe('always', () => {
  it('fires once for any activity, text or none: the rule\'s `when` is the whole test', () => {
    expect(detect(always, { activity: post('') })).toEqual([{ kind: 'activity' }]);
    expect(detect(always, { activity: { action: 'friend_request', channel: 'personal' } })).toEqual([{ kind: 'activity' }]);
  });

  it('accepts no params', () => {
    expect(always.paramsSchema.safeParse({ anything: true }).success).toBe(false);
  });
});

describe('organization-email', () => {
  const context = { organization: { emailDomains: ['valoris.example.org'] } };
  const withEmail = (email: string, organization?: Situation['organization']): Situation =>
    ({ activity: post('Off to the cottage for the weekend!', { author: { id: 's1', email } }), context, organization });

  it('catches the organization\'s address on the author, case aside, subdomains included', () => {
    for (const email of ['jane.roy@valoris.example.org', 'Jane.Roy@VALORIS.Example.ORG', 'j.roy@mail.valoris.example.org']) {
      expect(detect(organizationEmail, withEmail(email)), email).toEqual([{ kind: 'organization-email' }]);
    }
  });

  it('uses the pack\'s domains as well as the context\'s', () => {
    expect(detect(organizationEmail, { activity: post('hi', { author: { email: 'amal@iwso.org' } }), organization: { emailDomains: ['iwso.org'] } }))
      .toEqual([{ kind: 'organization-email' }]);
  });

  it('does not flag personal addresses, look-alike domains, or no address at all', () => {
    for (const email of ['jane.roy@gmail.com', 'jane@notvaloris.example.org', 'jane@valoris.example.org.phish.net', 'no-at-sign', '']) {
      expect(detect(organizationEmail, withEmail(email)), email).toEqual([]);
    }
    expect(detect(organizationEmail, { activity: post('hi'), context })).toEqual([]);
  });

  it('reads the author\'s address, not one quoted in the text', () => {
    expect(detect(organizationEmail, { activity: post('Questions? Write to info@valoris.example.org', { author: { email: 'jr@gmail.com' } }), context })).toEqual([]);
  });
});

describe('anonymous-content', () => {
  it('catches an author who hides who they are', () => {
    expect(detect(anonymousContent, { activity: post('Bonne journée', { author: { anonymous: true } }) })).toEqual([{ kind: 'anonymous-author' }]);
    expect(detect(anonymousContent, { activity: post('Bonne journée', { author: { anonymous: false } }) })).toEqual([]);
  });

  it('catches a post that presents itself as anonymous, in French and English', () => {
    for (const text of ['Anonyme : une intervenante nous raconte sa semaine au CLSC', '  ANONYME: ce qui se passe vraiment à l\'urgence',
      'Confession anonyme — ce que la direction ne vous dit pas', 'Anonymous: what really happens on night shift', 'Vos histoires #ConfessionAnonyme']) {
      expect(detect(anonymousContent, { activity: post(text) }), text).toEqual([{ kind: 'anonymous-marker' }]);
    }
  });

  it('does not flag the word "anonymous" used in passing', () => {
    for (const text of ['Les dons anonymes sont les bienvenus', 'Our survey is anonymous: tell us what you think', "Quelqu'un a laissé un message anonyme: merci!", 'Alcooliques Anonymes se réunit mardi']) {
      expect(detect(anonymousContent, { activity: post(text) }), text).toEqual([]);
    }
  });

  it('reads the author\'s own words, not the content they share', () => {
    expect(detect(anonymousContent, { activity: { action: 'share', channel: 'personal', text: 'À lire', targetText: 'Anonyme : le CISSS nous cache tout' } })).toEqual([]);
  });

  itIsRobust(anonymousContent, (text) => ({ activity: post(text) }));
});

describe('workplace-media', () => {
  it('counts each photo or video taken at work', () => {
    const media = [{ type: 'photo', takenAtWork: true }, { type: 'video', takenAtWork: true }, { type: 'photo', takenAtWork: false }, { type: 'photo' }];
    expect(detect(workplaceMedia, { activity: post('Our new break room!', { media }) })).toEqual([{ kind: 'workplace-media' }, { kind: 'workplace-media' }]);
  });

  it('does not guess from the text: a post saying "at the office" with no media is not a workplace photo', () => {
    expect(detect(workplaceMedia, { activity: post('Selfie at the office! 📸') })).toEqual([]);
  });
});
