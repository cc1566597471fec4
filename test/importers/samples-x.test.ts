import { describe, expect, it } from 'vitest';
import { byAction, readAll, SAMPLES } from './helpers.js';

// Post counts are those of shared/eval/archives/README.md.
describe('X/Twitter sample archives', () => {
  it('reads edsu-2015 data/tweet.js: 109 tweets, 30 retweets, 50 replies', async () => {
    const items = await readAll(`${SAMPLES}/x/edsu-2015`);
    expect(items).toHaveLength(109);
    expect(byAction(items)).toEqual({ post: 29, reply: 50, share: 30 });
  });

  it('keeps the retweeted text as the shared content, with HTML entities decoded', async () => {
    const items = await readAll(`${SAMPLES}/x/edsu-2015/data/tweet.js`);
    const first = items[0];
    expect(first).toMatchObject({
      id: '591269415695609856',
      action: 'post',
      at: '2015-04-23T15:56:28+00:00',
      platform: 'twitter',
    });
    expect(first?.text).toMatch(/^i’m no viz expert/);
    const retweet = items.find((item) => item.action === 'share');
    expect(retweet?.text).toBe('');
    expect(retweet?.targetText).toBeTruthy();
    expect(items.some((item) => /&amp;|&gt;/.test(item.text + (item.targetText ?? '')))).toBe(false);
    expect(items.every((item) => item.source.includes('tweet.js#'))).toBe(true);
  });

  it('reads exgenesis-2023 data/tweets.js (plural, edit_info): 7 tweets, 6 replies', async () => {
    const items = await readAll(`${SAMPLES}/x/exgenesis-2023`);
    expect(items).toHaveLength(7);
    expect(byAction(items)).toEqual({ post: 1, reply: 6 });
    expect(items.some((item) => item.text.includes('\n\n'))).toBe(true);
  });

  it('reads the Grailbird archive despite its trailing comma, ignoring tweet_index.js: 1 tweet', async () => {
    const items = await readAll(`${SAMPLES}/x/glennjones-2013-grailbird`);
    expect(items).toEqual([{
      id: '406054311244746752',
      action: 'post',
      text: 'This is a test tweet in a test archieve file',
      at: '2013-11-28T13:37:46+00:00',
      platform: 'twitter',
      url: 'https://twitter.com/glennjones/status/406054311244746752',
      source: `${SAMPLES}/x/glennjones-2013-grailbird/data/js/tweets/2013_11.js#1`,
    }]);
  });
});
