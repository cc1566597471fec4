import { describe, expect, it } from 'vitest';
import { byAction, readAll, SAMPLES } from './helpers.js';

// Post counts are those of shared/eval/archives/README.md.
describe('Mastodon sample archives', () => {
  it('reads lmorchard-mastodon-social-2022: 78 posts, 34 boosts, 147 likes', async () => {
    const items = await readAll(`${SAMPLES}/mastodon/lmorchard-mastodon-social-2022`);
    expect(byAction(items)).toEqual({ post: 45, reply: 33, share: 34, like: 147 });
  });

  it('turns HTML content into text and keeps content warnings', async () => {
    const items = await readAll(`${SAMPLES}/mastodon/lmorchard-mastodon-social-2022/outbox.json`);
    expect(items[0]).toMatchObject({ text: 'Hello world!', at: '2016-11-01T19:18:43Z', action: 'post' });
    expect(items.some((item) => /<[a-z]/i.test(item.text))).toBe(false);
    const boost = items.find((item) => item.action === 'share');
    expect(boost?.url).toMatch(/^https:\/\//);
  });

  it('reads lmorchard-toot-2023 (duplicate @context, wrong totalItems): 18 posts, 3 likes', async () => {
    const items = await readAll(`${SAMPLES}/mastodon/lmorchard-toot-2023`);
    expect(byAction(items)).toEqual({ post: 14, reply: 4, like: 3 });
  });
});

describe('LinkedIn sample archive', () => {
  it('reads sanand0-2025: 200 shares and 200 comments', async () => {
    const items = await readAll(`${SAMPLES}/linkedin/sanand0-2025`);
    expect(items.filter((item) => item.source.includes('Shares.csv'))).toHaveLength(200);
    expect(items.filter((item) => item.source.includes('Comments.csv'))).toHaveLength(200);
    expect(byAction(items).comment).toBe(200);
  });

  it('removes the stray quotes LinkedIn puts around every line of a post', async () => {
    const items = await readAll(`${SAMPLES}/linkedin/sanand0-2025/Shares.csv`);
    const first = items[0];
    expect(first?.text.split('\n').slice(0, 3)).toEqual([
      "I'm off for a 10-day Vipassana meditation program.",
      '',
      '𝗪𝗛𝗔𝗧? A 10-day residential meditation. No phone, laptop, or speaking. https://www.dhamma.org/',
    ]);
    expect(first?.at).toBe('2025-07-01T14:33:22Z');
    expect(items.some((item) => item.text.includes('"\n"'))).toBe(false);
  });

  it('splits Comments.csv at record starts despite its \\" escapes', async () => {
    const items = await readAll(`${SAMPLES}/linkedin/sanand0-2025/Comments.csv`);
    const quoted = items.find((item) => item.text.startsWith('Srini Annamaraju'));
    expect(quoted?.text).toContain('telling ChatGPT to "Challenge my assumptions');
    expect(quoted?.text.endsWith('engage rather than affirm."')).toBe(true);
    expect(items.every((item) => item.url?.startsWith('https://www.linkedin.com/'))).toBe(true);
  });
});

describe('Bluesky sample repositories', () => {
  it('reads bnewbold-2025 (commit v3): 23 posts, 2 likes, 1 repost; skips other lexicons', async () => {
    const items = await readAll(`${SAMPLES}/bluesky/bnewbold-2025`);
    expect(byAction(items)).toEqual({ post: 21, reply: 2, like: 2, share: 1 });
    const post = items.find((item) => item.action === 'post' && item.text);
    expect(post?.id).toMatch(/^at:\/\/did:plc:[a-z0-9]+\/app\.bsky\.feed\.post\//);
    expect(post?.url).toMatch(/^https:\/\/bsky\.app\/profile\/did:plc:/);
  });

  it('reads paul-staging-2023 (commit v2): 101 posts, 60 likes, 15 reposts', async () => {
    const items = await readAll(`${SAMPLES}/bluesky/paul-staging-2023/paul_staging.repo.car`);
    expect(byAction(items)).toEqual({ post: 82, reply: 19, like: 60, share: 15 });
    expect(items.filter((item) => item.action !== 'like' && item.action !== 'share' && !item.text)).toHaveLength(14);
  });
});
