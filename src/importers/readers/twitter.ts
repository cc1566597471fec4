import { streamJsonElements } from '../json/stream-elements.js';
import { decodeHtmlEntities } from '../text/html.js';
import { normalizeDate } from '../text/dates.js';
import type { ArchiveFile, ArchiveItem } from '../types.js';
import { compact, isObject, objectField, stringField, type JsonObject } from './fields.js';

/** `RT @name: text` — X exports a retweet as the retweeter's own text with this prefix. */
const RETWEET = /^RT @(\w{1,15}): ?/;

function tweetOf(element: unknown): JsonObject | undefined {
  if (!isObject(element)) return undefined;
  // 2019+ archives wrap each tweet as {"tweet": {...}}; the first versions and Grailbird do not.
  return objectField(element, 'tweet') ?? element;
}

export function tweetToItem(tweet: JsonObject, source: string, index: number): ArchiveItem {
  const id = stringField(tweet, 'id_str') ?? stringField(tweet, 'id') ?? String(index);
  const text = decodeHtmlEntities(stringField(tweet, 'full_text') ?? stringField(tweet, 'text') ?? '');
  const retweet = RETWEET.exec(text);
  const isReply = Boolean(stringField(tweet, 'in_reply_to_status_id_str') ?? stringField(tweet, 'in_reply_to_status_id'));
  const screenName = stringField(objectField(tweet, 'user') ?? {}, 'screen_name');
  return compact({
    id,
    // A retweet adds no words of the person's own: what they spread is the retweeted text.
    action: retweet ? 'share' : isReply ? 'reply' : 'post',
    text: retweet ? '' : text,
    targetText: retweet ? text.slice(retweet[0].length) : undefined,
    at: normalizeDate(stringField(tweet, 'created_at')),
    platform: 'twitter',
    url: `https://twitter.com/${screenName ?? 'i/web'}/status/${id}`,
    source: `${source}#${index + 1}`,
  } satisfies ArchiveItem);
}

/** Reads `tweets.js`, `tweet.js`, `tweets-partN.js` and Grailbird `data/js/tweets/YYYY_MM.js`. */
export async function* readTweets(file: ArchiveFile): AsyncGenerator<ArchiveItem> {
  for await (const { index, value } of streamJsonElements(await file.open(), file.displayPath)) {
    const tweet = tweetOf(value);
    if (tweet) yield tweetToItem(tweet, file.displayPath, index);
  }
}

/** Reads `like.js`: `{"like": {"tweetId", "fullText", "expandedUrl"}}`, with no date. */
export async function* readTwitterLikes(file: ArchiveFile): AsyncGenerator<ArchiveItem> {
  for await (const { index, value } of streamJsonElements(await file.open(), file.displayPath)) {
    const like = isObject(value) ? objectField(value, 'like') ?? value : undefined;
    if (!like) continue;
    yield compact({
      id: stringField(like, 'tweetId') ?? String(index),
      action: 'like',
      text: '',
      targetText: like.fullText === undefined ? undefined : decodeHtmlEntities(stringField(like, 'fullText') ?? ''),
      platform: 'twitter',
      url: stringField(like, 'expandedUrl'),
      source: `${file.displayPath}#${index + 1}`,
    } satisfies ArchiveItem);
  }
}
