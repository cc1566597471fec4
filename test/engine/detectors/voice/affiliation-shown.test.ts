import { describe, expect, it } from 'vitest';
import { affiliationShown } from '../../../../src/engine/detectors/voice/affiliation-shown.js';
import { covered, detect, hugeText, itIsRobust, post, type Situation } from '../run-detector.js';

const organization = { names: ['Valoris', 'Valoris pour enfants et adultes'] };
const at = (activity: Record<string, unknown>): Situation => ({ activity, organization });
const found = (text: string) => covered(detect(affiliationShown, at(post(text))), text);

describe('affiliation-shown', () => {
  it('catches a post that says where one works, in English and French', () => {
    expect(found('Proud to work at Valoris, best team ever!')).toEqual(['Valoris']);
    expect(found('10 yrs at Valoris this week 🎉')).toEqual(['Valoris']);
    expect(found("I'm a counsellor at Valoris and honestly the waitlist is brutal.")).toEqual(['Valoris']);
    expect(found('Je travaille chez Valoris pour enfants et adultes depuis 5 ans.')).toEqual(['Valoris pour enfants et adultes']);
    expect(found('Fière de mon équipe #Valoris')).toEqual(['#Valoris']);
  });

  it('does not take any mention of the organization for a statement of affiliation', () => {
    for (const text of ['Went to the Valoris gala last night, fun evening.', 'Valoris is hiring! Link below.', 'Beautiful sunset over the river tonight.']) {
      expect(found(text), text).toEqual([]);
    }
  });

  it('catches the affiliation flag and a profile naming the organization, not a profile that does not', () => {
    expect(detect(affiliationShown, at(post('Beautiful sunset', { author: { identifiesAffiliation: true } })))).toEqual([{ kind: 'profile' }]);
    const profile = 'Counsellor @ Valoris. Mum of 2.';
    expect(covered(detect(affiliationShown, at(post('Beautiful sunset', { author: { profileText: profile } }))), profile, 'profileText')).toEqual(['Valoris']);
    expect(detect(affiliationShown, at(post('Beautiful sunset', { author: { profileText: 'Mum of 2, hiker.' } })))).toEqual([]);
  });

  it('reads the person\'s own post and profile, not what they share or their captions', () => {
    expect(detect(affiliationShown, at({ action: 'share', channel: 'personal', text: 'Nice', targetText: 'I work at Valoris' }))).toEqual([]);
    expect(detect(affiliationShown, at(post('Photo', { media: [{ type: 'photo', caption: 'Working at Valoris' }] })))).toEqual([]);
  });

  it('knows the organization by the context\'s names too', () => {
    const situation = { activity: post('Proud to work at the CISSS de la Gaspésie'), context: { organization: { name: 'CISSS de la Gaspésie' } } };
    expect(covered(detect(affiliationShown, situation), 'Proud to work at the CISSS de la Gaspésie')).toEqual(['CISSS de la Gaspésie']);
  });

  it('reports spans into the original text, accents and emoji before the hit', () => {
    expect(found('🎉🏳️‍🌈 Été: je travaille chez Valoris!')).toEqual(['Valoris']);
  });

  it('accepts no params', () => {
    expect(affiliationShown.paramsSchema.safeParse({ strict: true }).success).toBe(false);
  });

  itIsRobust(affiliationShown, (text) => at(post(text)), {}, hugeText('Été 🎉: I work at Valoris, proud member of the Valoris team — travaille chez Valoris. '));
});
