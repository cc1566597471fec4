import { describe, expect, it } from 'vitest';
import { personalData } from '../../../../src/engine/detectors/content/personal-data.js';
import { covered, detect, hugeText, itIsRobust, post, type Situation } from '../run-detector.js';

const roster = [{ id: 'c1', name: 'Kayla Brooks', kind: 'client' }, { id: 's1', name: 'Marie Roy', kind: 'staff' }];
const context = { roster, organization: { emailDomains: ['valoris.example.org'] } };
const situation = (text: string, extra: Record<string, unknown> = {}): Situation => ({ activity: post(text, { author: { id: 's1' }, ...extra }), context });
/** `kind:words` of each hit. */
const found = (text: string, params: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) => {
  const hits = detect(personalData, situation(text, extra), params);
  return covered(hits, text).map((words, i) => `${hits[i]!.kind}:${words}`);
};

describe('personal-data: identifiers, validated', () => {
  it('finds phones, e-mails, street addresses and postal codes (Canada, UK), in English, French and Welsh', () => {
    expect(found('Call me at 613-555-0143 if you need a ride tonight.')).toEqual(['phone:613-555-0143']);
    expect(found('Mon numéro: 418 555 0143')).toEqual(['phone:418 555 0143']);
    expect(found('Ei rhif yw 07700 900123.')).toEqual(['phone:07700 900123']);
    expect(found('Email me at marie.roy@gmail.com')).toEqual(['email:marie.roy@gmail.com']);
    expect(found('My address is 12 Rue Principale, Chandler QC G0C 1K0')).toEqual(['street-address:12 Rue Principale', 'ca-postal-code:G0C 1K0']);
  });

  it('finds health card, NHS, social insurance, case and card numbers', () => {
    expect(found("His OHIP is 1234-567-897 and he's at the Civic.")).toEqual(['ohip:1234-567-897']);
    expect(found('Sa carte soleil: TREM 5505 1512')).toEqual(['ramq-nam:TREM 5505 1512']);
    expect(found('NHS number 943 476 5919 for the patient in bay 4')).toEqual(['nhs-number:943 476 5919']);
    expect(found('SIN 130 692 544')).toEqual(['ca-sin:130 692 544']);
    expect(found('Case #2026-00417 was closed today')).toEqual(['case-number:2026-00417']);
    expect(found('Dossier no 2026-00417')).toEqual(['case-number:2026-00417']);
    expect(found('Card 4111 1111 1111 1111 exp 12/28')).toEqual(['credit-card:4111 1111 1111 1111']);
  });

  it('takes a date for a date of birth only with birthday talk and a year long past, in English, French and Welsh', () => {
    expect(found('Happy birthday to me! Born 14/03/1996 and still kicking')).toEqual(['date-of-birth:14/03/1996']);
    expect(found('🎉🎂 Joyeux anniversaire à moi, née le 14 mars 1996')).toEqual(['date-of-birth:14 mars 1996']);
    expect(found('Penblwydd hapus! 14/03/1996')).toEqual(['date-of-birth:14/03/1996']);
    expect(found('Meeting on 14/03/2026 at the office.')).toEqual([]);
    expect(found('Today is 21/11/2026, pay day!')).toEqual([]);
  });

  it('leaves the organization\'s own contact details alone', () => {
    for (const text of ['Reach our office at 613-555-0100 for appointments.', "Appelez l'accueil au 418-555-0143.", 'Ffoniwch y swyddfa ar 029 2018 0123.',
      'Contact us: info@valoris.example.org', 'Write to jane@VALORIS.example.org about the job']) expect(found(text), text).toEqual([]);
    expect(found('Questions? 613-555-0100', {}, { channel: 'official' })).toEqual([]);
    expect(found('Anyone know her? She left 613-555-0143 on the form', {}, { channel: 'official' })).toEqual(['phone:613-555-0143']);
  });

  it('looks only for the `kinds` asked', () => {
    expect(found('Call 613-555-0143 or email marie.roy@gmail.com', { kinds: ['email'] })).toEqual(['email:marie.roy@gmail.com']);
    expect(found('Born 14/03/1996, happy birthday to me', { kinds: ['phone'] })).toEqual([]);
  });
});

describe('personal-data: whose identifiers (`whose`)', () => {
  const self = { whose: 'self' };
  const others = { whose: 'others' };

  it('a staff member\'s own number is theirs; a client\'s is someone else\'s', () => {
    const mine = 'My cell is 613 555 0143, text anytime.';
    expect(found(mine, self)).toEqual(['phone:613 555 0143']);
    expect(found(mine, others)).toEqual([]);
    const hers = 'Kayla Brooks needs a lift, her number is 613-555-0143.';
    expect(found(hers, self)).toEqual([]);
    expect(found(hers, others)).toEqual(['phone:613-555-0143']);
  });

  it('the author\'s own roster name before the number does not make it someone else\'s', () => {
    expect(found('Marie Roy, call me 613-555-0143', self)).toEqual(['phone:613-555-0143']);
  });

  it('reads who is spoken of just before the number, in English, French and Welsh', () => {
    expect(found('Son numéro: 418 555 0143', others)).toEqual(['phone:418 555 0143']);
    expect(found('Ei rhif yw 07700 900123.', others)).toEqual(['phone:07700 900123']);
    expect(found('Her email is kayla.b@gmail.com', others)).toEqual(['email:kayla.b@gmail.com']);
    expect(found('Sa date de naissance : 14 mars 2012', others)).toEqual(['date-of-birth:14 mars 2012']);
    expect(found('The client\'s mother left her number: 613-555-0143', others)).toEqual(['phone:613-555-0143']);
    expect(found('613-555-0143 Kayla Brooks', others)).toEqual(['phone:613-555-0143']);
    expect(found('Call 613-555-0143, Jean Tremblay, for the lost keys', others)).toEqual(['phone:613-555-0143']);
  });

  it('takes an official number with nobody named for someone else\'s, one\'s own when said so', () => {
    expect(found('NHS number 943 476 5919 for the patient in bay 4', others)).toEqual(['nhs-number:943 476 5919']);
    expect(found('My NHS number is 943 476 5919', self)).toEqual(['nhs-number:943 476 5919']);
    expect(found('Case #2026-00417 was closed today', others)).toEqual(['case-number:2026-00417']);
    expect(found('Born 14/03/1996, happy birthday to me', self)).toEqual(['date-of-birth:14/03/1996']);
  });
});

describe('personal-data: which texts it reads', () => {
  it('reads what is shared, not the post a comment answers', () => {
    const shared = 'Lost dog! Call her owner at 613-555-0143';
    expect(covered(detect(personalData, { activity: { action: 'share', channel: 'personal', text: 'Please share', targetText: shared } }), shared, 'targetText')).toEqual(['613-555-0143']);
    expect(detect(personalData, { activity: { action: 'comment', channel: 'personal', text: 'Hope you find him', targetText: shared } })).toEqual([]);
  });

  it('reports spans into the original text, accents and emoji before the hit', () => {
    expect(found('🎉🏳️‍🌈 Écoutez-moi: mon numéro est 613-555-0143')).toEqual(['phone:613-555-0143']);
  });

  it('rejects unknown kinds, owners and params', () => {
    for (const params of [{ kinds: [] }, { kinds: ['passport'] }, { whose: 'mine' }, { owner: 'self' }]) {
      expect(personalData.paramsSchema.safeParse(params).success, JSON.stringify(params)).toBe(false);
    }
  });

  it('does not take a date after the activity for a date of birth, birthday words or not', () => {
    expect(found('My birthday party is on 14/03/2027, save the date!')).toEqual([]);
    expect(found('Born 14/03/1996, birthday girl!')).toEqual(['date-of-birth:14/03/1996']);
  });

  it('gives a number to the full name just before it, unless that name is the author\'s own', () => {
    expect(found('Jean Tremblay, 418 555 0143, cherche un logement', { whose: 'others' })).toEqual(['phone:418 555 0143']);
    expect(found('Jean Tremblay, 418 555 0143, cherche un logement', { whose: 'self' })).toEqual([]);
    expect(found('613-555-0143 Kayla Brooks', { whose: 'others' })).toEqual(['phone:613-555-0143']);
    expect(found('Lost my purse! Marie Roy, 613-555-0143, call if found', { whose: 'self' })).toEqual(['phone:613-555-0143']);
  });

  it('reads whose a number is from whole words: a window that cuts "the" in two finds no "he"', () => {
    const text = 'Lost it on the number 47 bus 😭 licence was in it, name: Marie Roy, DOB 03/09/1988 (birthday soon)';
    expect(found(text, { whose: 'self' })).toEqual(['date-of-birth:03/09/1988']);
    expect(found(text, { whose: 'others' })).toEqual([]);
  });

  itIsRobust(personalData, (text) => situation(text), { whose: 'others' }, hugeText('Élodie 🎉: her number is 613-555-0143, Kayla Brooks, born 14/03/1996 (birthday!), 42 Elm Street K1A 0B1. '));
});
