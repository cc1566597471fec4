import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { byAction, FIXTURES, readAll, SAMPLES } from './helpers.js';

describe('zip archives', () => {
  it('reads tweets.js, tweets-part1.js and like.js from inside a zip, skipping __MACOSX', async () => {
    const items = await readAll(`${FIXTURES}twitter-2024.zip`);
    expect(byAction(items)).toEqual({ like: 2, post: 1, reply: 1, share: 1 });
    const post = items.find((item) => item.action === 'post');
    expect(post).toMatchObject({ text: 'Long night shift & proud of the team 💪', at: '2024-03-04T09:12:00+00:00' });
    expect(post?.source).toBe(`${FIXTURES}twitter-2024.zip/data/tweets.js#1`);
    const retweet = items.find((item) => item.action === 'share');
    expect(retweet?.targetText).toBe('New guidance on flu shots this winter');
    expect(items.find((item) => item.action === 'like')?.targetText).toBe('Great thread on burnout in healthcare');
  });

  it('reports the bytes read, ending at the total', async () => {
    const calls: [number, number][] = [];
    await readAll(`${SAMPLES}/x/edsu-2015`, { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.at(-1)).toEqual([161_617, 161_617]);
  });
});

describe('plain CSV and JSONL', () => {
  async function temp(name: string, content: string): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'postwise-importers-'));
    const path = join(dir, name);
    await writeFile(path, content);
    return path;
  }

  it('reads a CSV with a text column and optional id, action, date, platform', async () => {
    const path = await temp('posts.csv', 'id,text,action,date,platform\n'
      + 'a1,"Hello, ""world""\nsecond line",post,2026-11-21T10:15:00-05:00,facebook\n'
      + 'a2,Second,comment,,\n');
    expect(await readAll(path)).toEqual([
      { id: 'a1', action: 'post', text: 'Hello, "world"\nsecond line', at: '2026-11-21T10:15:00-05:00', platform: 'facebook', source: `${path}:2` },
      { id: 'a2', action: 'comment', text: 'Second', platform: 'unknown', source: `${path}:4` },
    ]);
  });

  it('reads JSONL, skipping blank lines and a byte-order mark', async () => {
    const path = await temp('posts.jsonl', '\uFEFF{"text":"one"}\n\n{"text":"two","action":"reply","at":"2026-01-01T00:00:00Z"}\n');
    const items = await readAll(path);
    expect(items.map((item) => [item.id, item.action, item.text, item.source])).toEqual([
      ['1', 'post', 'one', `${path}:1`],
      ['2', 'reply', 'two', `${path}:3`],
    ]);
  });

  it('lets --format read a file whose name says nothing', async () => {
    const path = await temp('export.txt', 'window.YTD.tweets.part0 = [{"tweet":{"id_str":"1","full_text":"hi"}}]');
    expect((await readAll(path, { format: 'twitter' })).map((item) => item.text)).toEqual(['hi']);
  });
});
