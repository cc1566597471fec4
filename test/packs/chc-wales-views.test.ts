/**
 * CHC "views-are-personal": once a member is identified with the CHC movement, views on health
 * services (what CHCs watch) need "views are my own"; their everyday posts do not.
 */
import { describe, expect, it } from 'vitest';
import { screen } from '../engine/screen.js';

const author = { id: 'm1', role: 'board-member', identifiesAffiliation: true, profileText: 'Board member @ CHCs Wales | Merthyr' };
const categories = (text: string, profileText = author.profileText) =>
  screen('chc-wales', { action: 'post', channel: 'personal', platform: 'facebook', text, author: { ...author, profileText } }).categories;

describe('chc-wales views-are-personal: health-service topics', () => {
  it('warns on an identified member\'s view of a kind of care, a report on it, or patients\' safety', () => {
    for (const text of [
      "Hard reading the ombudsman's report on maternity care this morning. Families deserve to be listened to the first time, not the fifth.",
      "The ombudsman's latest report on complaints handling at the health board makes grim reading.",
      'Social care in Powys is on its knees, people stuck waiting months for care packages.',
      'Patient safety should never come second to targets. Never.',
      'Cancer care waits in Hywel Dda are the worst in Wales, something has to give.',
    ]) expect(categories(text), text).toEqual(['affiliation-disclosure']);
  });

  it('is satisfied by a personal-views statement', () => {
    expect(categories('Patient safety should never come second to targets.', 'Board member @ CHCs Wales | views my own')).toEqual([]);
  });

  it('leaves an identified member\'s everyday posts alone', () => {
    for (const text of [
      'Take care everyone, the roads are like glass this morning ❄️',
      'Patience is a virtue they say... still waiting for my parcel 📦',
      'Skin care routine finally sorted lol, only took me 40 years',
      'Childcare costs for half term are ridiculous, how does anyone manage?',
      'Just finished the match report, what a game from Wales 🏉',
    ]) expect(categories(text), text).toEqual([]);
  });
});
