import { describe, expect, it } from 'vitest';
import { mediaPeople } from '../../../../src/engine/detectors/people/media-people.js';
import { detect, post } from '../run-detector.js';
import { CLIENT_KINDS, ROSTER } from './roster.js';

const clients = { kinds: CLIENT_KINDS, roles: ['client', 'family'] };
const withMedia = (media: Record<string, unknown>[], extra: Record<string, unknown> = {}) => ({ activity: post('Fun day at the fair!', { media, ...extra }), context: { roster: ROSTER } });
const photoOf = (people: Record<string, unknown>[], type = 'photo') => withMedia([{ type, people }]);

describe('media-people', () => {
  it('finds roster people of the kinds asked in photos and videos, naming them and the medium', () => {
    expect(detect(mediaPeople, photoOf([{ rosterId: 'c1' }]), clients)).toEqual([{ subjectId: 'c1', kind: 'photo' }]);
    const two = withMedia([{ type: 'photo', people: [{ rosterId: 'c1' }] }, { type: 'video', people: [{ rosterId: 'c2' }, { rosterId: 's2' }] }]);
    expect(detect(mediaPeople, two, clients)).toEqual([{ subjectId: 'c1', kind: 'photo' }, { subjectId: 'c2', kind: 'video' }]);
  });

  it('counts people known only by their role when the role is asked for', () => {
    expect(detect(mediaPeople, photoOf([{ role: 'client' }]), clients)).toEqual([{ kind: 'photo' }]);
    expect(detect(mediaPeople, photoOf([{ rosterId: 'unknown', role: 'family' }]), clients)).toEqual([{ subjectId: 'unknown', kind: 'photo' }]);
    expect(detect(mediaPeople, photoOf([{ role: 'staff' }]), clients)).toEqual([]);
    expect(detect(mediaPeople, photoOf([{ role: 'client' }]), { kinds: CLIENT_KINDS })).toEqual([]);
  });

  it('goes by the roster\'s kind over a role given in the activity', () => {
    expect(detect(mediaPeople, photoOf([{ rosterId: 's2', role: 'client' }]), clients)).toEqual([]);
    expect(detect(mediaPeople, photoOf([{ rosterId: 's2' }]), { kinds: ['staff', 'volunteer'], roles: ['staff', 'colleague'] })).toEqual([{ subjectId: 's2', kind: 'photo' }]);
  });

  it('leaves out the author in their own photo', () => {
    const selfie = withMedia([{ type: 'photo', people: [{ rosterId: 's2' }] }], { author: { id: 's2' } });
    expect(detect(mediaPeople, selfie, { kinds: ['staff'] })).toEqual([]);
  });

  it('looks at photos and videos by default, other media when asked', () => {
    expect(detect(mediaPeople, photoOf([{ rosterId: 'c1' }], 'document'), clients)).toEqual([]);
    expect(detect(mediaPeople, photoOf([{ rosterId: 'c1' }], 'document'), { ...clients, mediaTypes: ['document'] })).toEqual([{ subjectId: 'c1', kind: 'document' }]);
  });

  it('tells a child under youth protection and the child\'s parents from everyone else (`youthProtection`)', () => {
    const family = photoOf([{ rosterId: 'y1' }, { rosterId: 'c1' }, { rosterId: 'f1' }, { role: 'client' }]);
    expect(detect(mediaPeople, family, { ...clients, youthProtection: 'only' }).map((h) => h.subjectId)).toEqual(['y1', 'f1', undefined]);
    expect(detect(mediaPeople, family, { kinds: CLIENT_KINDS, youthProtection: 'only' }).map((h) => h.subjectId)).toEqual(['y1', 'f1']);
    expect(detect(mediaPeople, family, { ...clients, youthProtection: 'exclude' }).map((h) => h.subjectId)).toEqual(['c1', undefined]);
  });

  it('finds nobody in media without people, or in the text alone', () => {
    expect(detect(mediaPeople, withMedia([{ type: 'photo' }]), clients)).toEqual([]);
    expect(detect(mediaPeople, { activity: post('Kayla Brooks 📸'), context: { roster: ROSTER } }, clients)).toEqual([]);
  });

  it('rejects unknown kinds, roles and media types', () => {
    for (const params of [{}, { kinds: [] }, { kinds: ['boss'] }, { kinds: CLIENT_KINDS, roles: ['boss'] }, { kinds: CLIENT_KINDS, mediaTypes: ['gif'] },
      { kinds: CLIENT_KINDS, youthProtection: 'maybe' }]) expect(mediaPeople.paramsSchema.safeParse(params).success, JSON.stringify(params)).toBe(false);
  });

  it('handles a thousand people in a photo', () => {
    const crowd = Array.from({ length: 1_000 }, (_, i) => ({ rosterId: i % 2 === 0 ? 'c1' : `public-${i}` }));
    expect(detect(mediaPeople, photoOf(crowd), clients)).toHaveLength(500);
  });
});
