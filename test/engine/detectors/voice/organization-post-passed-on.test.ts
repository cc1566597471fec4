import { describe, expect, it } from 'vitest';
import { organizationPostPassedOn } from '../../../../src/engine/detectors/voice/organization-post-passed-on.js';
import { detect, itIsRobust, type Situation } from '../run-detector.js';

const organization = { names: ['STaSS', 'Sefton Training and Support Services'] };
const passing = (activity: Record<string, unknown>): Situation => ({ activity: { channel: 'personal', ...activity }, organization });
const passedOn = (activity: Record<string, unknown>) => detect(organizationPostPassedOn, passing(activity)).length > 0;

describe('organization-post-passed-on', () => {
  it("finds the organization's own post shared or liked without a word of one's own", () => {
    expect(passedOn({ action: 'share', targetText: "STaSS: We're recruiting volunteer befrienders 💜 Apply by 12 Dec" })).toBe(true);
    expect(passedOn({ action: 'like', targetText: 'Sefton Training and Support Services — our winter hours' })).toBe(true);
    expect(passedOn({ action: 'share', text: '   ', targetText: 'STaSS | Open day on Friday' })).toBe(true);
    expect(passedOn({ action: 'share', target: { name: 'STaSS' }, targetText: "We're recruiting befrienders" })).toBe(true);
  });

  it('leaves alone a share with words of its own, a post that only names the organization, and other actions', () => {
    expect(passedOn({ action: 'share', text: 'Told you so', targetText: 'STaSS: we are recruiting' })).toBe(false);
    expect(passedOn({ action: 'share', targetText: 'Sefton Echo: STaSS care workers say they are underpaid' })).toBe(false);
    expect(passedOn({ action: 'share', targetText: 'STaSS staff are underpaid, says union' })).toBe(false);
    expect(passedOn({ action: 'share', target: { name: 'Sefton Echo' }, targetText: 'STaSS staff are underpaid' })).toBe(false);
    expect(passedOn({ action: 'post', text: 'STaSS: we are recruiting' })).toBe(false);
    expect(detect(organizationPostPassedOn, { activity: { action: 'share', channel: 'personal', targetText: 'STaSS: hello' } })).toEqual([]);
  });

  itIsRobust(organizationPostPassedOn, (text) => passing({ action: 'share', targetText: `STaSS: ${text}` }));
});
