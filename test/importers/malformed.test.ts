import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArchiveError } from '../../src/importers/index.js';
import { readAll } from './helpers.js';

async function temp(name: string, content: string | Buffer): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'postwise-malformed-'));
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

async function failure(path: string, options?: Parameters<typeof readAll>[1]): Promise<ArchiveError> {
  const error = await readAll(path, options).then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(ArchiveError);
  return error as ArchiveError;
}

describe('malformed input gives an error naming the file and the problem', () => {
  it('a path that does not exist', async () => {
    expect((await failure('/nonexistent/archive.zip')).message).toBe('/nonexistent/archive.zip: no such file or folder');
  });

  it('truncated tweets.js', async () => {
    const path = await temp('tweets.js', 'window.YTD.tweets.part0 = [{"tweet":{"id_str":"1","full_text":"hi"}},{"tweet":{"id_');
    const error = await failure(path);
    expect(error.message).toMatch(new RegExp(`^${path}: invalid JSON`));
    expect(error.message).toMatch(/truncated/);
  });

  it('a broken value in the middle', async () => {
    const path = await temp('tweets.js', 'window.YTD.tweets.part0 = [{"tweet":{"full_text":"a"}}, {"tweet": nope}]');
    expect((await failure(path)).message).toMatch(/tweets\.js: invalid JSON \(after element 1\)/);
  });

  it('a .js file that is no assignment', async () => {
    const path = await temp('tweets.js', 'console.log("hello"); [1]');
    expect((await failure(path)).message).toMatch(/expected JSON or a "name = \[" assignment, found "console\.log/);
  });

  it('a JSONL line that is not JSON, with its line number', async () => {
    const path = await temp('posts.jsonl', '{"text":"ok"}\n{"text": oops}\n');
    expect((await failure(path)).message).toMatch(/posts\.jsonl: line 2: .*JSON/);
  });

  it('a JSONL line without text', async () => {
    const path = await temp('posts.jsonl', '{"body":"ok"}\n');
    expect((await failure(path)).message).toBe(`${path}: line 1: no "text" string`);
  });

  it('a CSV without a text column lists the columns it has', async () => {
    const path = await temp('posts.csv', 'id,body\n1,hello\n');
    expect((await failure(path)).message).toBe(`${path}: line 2: no "text" field (columns: id, body)`);
  });

  it('a CSV with an unclosed quote', async () => {
    const path = await temp('posts.csv', 'text\n"never closed\n');
    expect((await failure(path)).message).toMatch(/posts\.csv: invalid CSV: .*quote/i);
  });

  it('a .car file that is not a CAR', async () => {
    const path = await temp('repo.car', Buffer.from('definitely not a car file'));
    expect((await failure(path)).message).toMatch(/repo\.car: not a readable Bluesky repository/);
  });

  it('a .zip that is not a zip', async () => {
    const path = await temp('archive.zip', 'PK but not really');
    expect((await failure(path)).message).toMatch(/archive\.zip: not a readable zip file/);
  });

  it('a folder with nothing to read', async () => {
    const path = await temp('notes.txt', 'hello');
    const folder = join(path, '..');
    expect((await failure(folder)).message).toMatch(/found no posts, comments or likes of a known export \(looked at 1 file/);
  });
});

describe('a damaged zip', () => {
  it('names the zip entry that cannot be read', async () => {
    const { readFile } = await import('node:fs/promises');
    const { FIXTURES } = await import('./helpers.js');
    const zip = Buffer.from(await readFile(`${FIXTURES}twitter-2024.zip`));
    // Overwrite the compressed data of data/tweets.js, just after its local header.
    const name = zip.indexOf('data/tweets.js');
    zip.fill(0xff, name + 'data/tweets.js'.length + 4, name + 'data/tweets.js'.length + 60);
    const path = await temp('damaged.zip', zip);
    expect((await failure(path)).message).toMatch(/damaged\.zip\/data\/tweets\.js: (cannot read|invalid JSON)/);
  });
});
