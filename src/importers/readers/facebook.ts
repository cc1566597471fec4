import { streamJsonElements } from '../json/stream-elements.js';
import { fromEpochSeconds } from '../text/dates.js';
import { repairMojibakeDeep } from '../text/mojibake.js';
import type { ArchiveFile, ArchiveItem } from '../types.js';
import { arrayField, compact, isObject, objectField, stringField, type JsonObject } from './fields.js';

/** The first value of `key` among the objects of a Facebook `data` list. */
function fromDataList(entry: JsonObject, key: string): unknown {
  for (const element of arrayField(entry, 'data')) {
    if (isObject(element) && element[key] !== undefined) return element[key];
  }
  return undefined;
}

function firstAttachmentUrl(entry: JsonObject): string | undefined {
  for (const attachment of arrayField(entry, 'attachments')) {
    if (!isObject(attachment)) continue;
    for (const data of arrayField(attachment, 'data')) {
      const context = isObject(data) ? objectField(data, 'external_context') : undefined;
      const url = context && stringField(context, 'url');
      if (url) return url;
    }
  }
  return undefined;
}

function postToItem(entry: JsonObject, file: ArchiveFile, index: number): ArchiveItem {
  const post = fromDataList(entry, 'post');
  const text = typeof post === 'string' ? post : '';
  const url = firstAttachmentUrl(entry);
  // "X shared a link." with no words of their own is a share of someone else's content.
  const isShare = !text && /\bshared\b/i.test(stringField(entry, 'title') ?? '');
  return compact({
    id: `${file.relPath}#${index + 1}`,
    action: isShare ? 'share' : 'post',
    text,
    at: fromEpochSeconds(entry.timestamp),
    platform: 'facebook',
    url,
    source: `${file.displayPath}#${index + 1}`,
  } satisfies ArchiveItem);
}

/**
 * Reads Facebook posts: `your_posts_1.json` (a top-level array), the 2024
 * `your_posts__check_ins__photos_and_videos_1.json`, 2018's `{"status_updates": [...]}`
 * and posts in groups (`{"group_posts_v2": [...]}`), which have the same entries.
 */
export async function* readFacebookPosts(file: ArchiveFile): AsyncGenerator<ArchiveItem> {
  const elements = streamJsonElements(await file.open(), file.displayPath, ['status_updates', 'group_posts_v2']);
  for await (const { index, value } of elements) {
    if (isObject(value)) yield postToItem(repairMojibakeDeep(value), file, index);
  }
}

function commentToItem(entry: JsonObject, file: ArchiveFile, index: number): ArchiveItem {
  const comment = fromDataList(entry, 'comment');
  const body = isObject(comment) ? comment : {};
  const title = stringField(entry, 'title') ?? '';
  return compact({
    id: `${file.relPath}#${index + 1}`,
    action: /\breplied\b/i.test(title) ? 'reply' : 'comment',
    text: stringField(body, 'comment') ?? '',
    at: fromEpochSeconds(body.timestamp ?? entry.timestamp),
    platform: 'facebook',
    source: `${file.displayPath}#${index + 1}`,
  } satisfies ArchiveItem);
}

/**
 * Reads Facebook `comments.json` (`{"comments_v2": [...]}` since 2021, `{"comments": [...]}`
 * before) and comments in groups (`{"group_comments_v2": [...]}`).
 */
export async function* readFacebookComments(file: ArchiveFile): AsyncGenerator<ArchiveItem> {
  const keys = ['comments_v2', 'comments', 'group_comments_v2'];
  const elements = streamJsonElements(await file.open(), file.displayPath, keys);
  for await (const { index, value } of elements) {
    if (isObject(value)) yield commentToItem(repairMojibakeDeep(value), file, index);
  }
}
